import {
  FieldError,
  Radio,
  RadioGroup as AriaRadioGroup,
  Text,
} from 'react-aria-components';
import type { Ref } from 'react';
import { useController, type FieldValues, type Path } from 'react-hook-form';
import type { FormControl } from '@/lib/forms';
import { FieldLabel } from './field-label';
import type { Option } from './select';

type RadioGroupProps<K extends string> = {
  label: string;
  options: readonly Option<K>[];
  value: K | null;
  onChange: (value: K) => void;
  description?: string;
  errorMessage?: string;
  isRequired?: boolean;
  optional?: boolean;
  name?: string;
  /** Options side by side when they fit (short labels). */
  inline?: boolean;
  inputRef?: Ref<HTMLInputElement>;
};

/** A few choices, all visible at once: nothing to open on a phone. */
export function RadioGroup<K extends string>({
  label,
  options,
  value,
  onChange,
  description,
  errorMessage,
  optional,
  inline,
  inputRef,
  ...props
}: RadioGroupProps<K>) {
  return (
    <AriaRadioGroup
      {...props}
      className="field radio-group"
      value={value}
      onChange={(key) => onChange(key as K)}
      isInvalid={Boolean(errorMessage)}
      validationBehavior="aria"
    >
      <FieldLabel label={label} optional={optional} />
      {description && (
        <Text slot="description" className="field__description">
          {description}
        </Text>
      )}
      <div className={inline ? 'radio-group__options radio-group__options--inline' : 'radio-group__options'}>
        {options.map((option, index) => (
          <Radio
            key={option.id}
            value={option.id}
            className="radio"
            // Lets a form focus the group when it has an error.
            inputRef={index === 0 ? inputRef : undefined}
          >
            <span className="radio__dot" aria-hidden="true" />
            <span>{option.name}</span>
          </Radio>
        ))}
      </div>
      <FieldError className="field__error">{errorMessage}</FieldError>
    </AriaRadioGroup>
  );
}

type FormRadioGroupProps<T extends FieldValues, K extends string> = Omit<
  RadioGroupProps<K>,
  'value' | 'onChange' | 'errorMessage' | 'name' | 'inputRef'
> & { control: FormControl<T>; name: Path<T> };

export function FormRadioGroup<T extends FieldValues, K extends string>({
  control,
  name,
  ...props
}: FormRadioGroupProps<T, K>) {
  const { field, fieldState } = useController({ control, name });
  return (
    <RadioGroup
      isRequired={!props.optional}
      {...props}
      name={field.name}
      value={field.value ?? null}
      onChange={field.onChange}
      inputRef={field.ref}
      errorMessage={fieldState.error?.message}
    />
  );
}
