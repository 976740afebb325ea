import { TextDialog, type TextDialogProps } from './text-dialog';

type ReasonDialogProps = Omit<TextDialogProps, 'children'> & {
  description: string;
  maxLength: number;
};

/** Asks why before a decision that someone is told about (a rejection, a hidden item). */
export function ReasonDialog(props: ReasonDialogProps) {
  return <TextDialog {...props} field="reason" rows={4} confirmVariant="danger" />;
}
