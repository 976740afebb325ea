import { TextDialog, type TextDialogProps } from './text-dialog';

/** The API's limit on an introduction's message. */
export const MESSAGE_MAX = 2000;

type MessageDialogProps = TextDialogProps & {
  /** A sensible first draft people edit rather than write from nothing. */
  defaultMessage: string;
};

/** Writes a message someone is sent (an introduction, a contact), then sends it. */
export function MessageDialog({ defaultMessage, ...props }: MessageDialogProps) {
  return <TextDialog {...props} field="message" defaultText={defaultMessage} maxLength={MESSAGE_MAX} rows={8} />;
}
