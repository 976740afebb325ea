import { FieldError, Label, Text } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

/** Field label; most fields are required, so the rare optional one says so. */
export function FieldLabel({ label, optional }: { label: string; optional?: boolean }) {
  const { t } = useTranslation();
  return (
    <Label className="field__label">
      {label}
      {optional && <span className="field__optional"> {t('form.optional')}</span>}
    </Label>
  );
}

/** Under a field: its help, and its error once it is invalid. */
export function FieldHelp({ description, errorMessage }: { description?: string; errorMessage?: string }) {
  return (
    <>
      {description && (
        <Text slot="description" className="field__description">
          {description}
        </Text>
      )}
      <FieldError className="field__error">{errorMessage}</FieldError>
    </>
  );
}
