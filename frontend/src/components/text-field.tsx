import type { Ref } from 'react';
import {
  Input,
  TextArea,
  TextField as AriaTextField,
  type TextFieldProps as AriaTextFieldProps,
} from 'react-aria-components';
import type { FieldValues, Path } from 'react-hook-form';
import type { FormControl } from '@/lib/forms';
import { useController } from 'react-hook-form';
import { FieldHelp, FieldLabel } from './field-label';

export type TextFieldProps = Omit<AriaTextFieldProps, 'className' | 'children'> & {
  label: string;
  description?: string;
  errorMessage?: string;
  optional?: boolean;
  /** Renders a multi-line text area of that many rows. */
  rows?: number;
  placeholder?: string;
  inputRef?: Ref<HTMLInputElement & HTMLTextAreaElement>;
};

export function TextField({
  label,
  description,
  errorMessage,
  optional,
  rows,
  placeholder,
  inputRef,
  ...props
}: TextFieldProps) {
  return (
    <AriaTextField
      {...props}
      isInvalid={Boolean(errorMessage)}
      validationBehavior="aria"
      className="field"
    >
      <FieldLabel label={label} optional={optional} />
      {rows ? (
        <TextArea className="field__input" rows={rows} placeholder={placeholder} ref={inputRef} />
      ) : (
        <Input className="field__input" placeholder={placeholder} ref={inputRef} />
      )}
      <FieldHelp description={description} errorMessage={errorMessage} />
    </AriaTextField>
  );
}

type FormTextFieldProps<T extends FieldValues> = Omit<
  TextFieldProps,
  'name' | 'value' | 'onChange' | 'onBlur' | 'errorMessage' | 'inputRef'
> & { control: FormControl<T>; name: Path<T> };

/** A TextField bound to a react-hook-form field (value, errors, focus on error); required unless optional. */
export function FormTextField<T extends FieldValues>({ control, name, ...props }: FormTextFieldProps<T>) {
  const { field, fieldState } = useController({ control, name });
  return (
    <TextField
      isRequired={!props.optional}
      {...props}
      name={field.name}
      value={field.value ?? ''}
      onChange={field.onChange}
      onBlur={field.onBlur}
      inputRef={field.ref}
      errorMessage={fieldState.error?.message}
    />
  );
}
