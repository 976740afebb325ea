import type { ReactNode } from 'react';
import {
  Checkbox as AriaCheckbox,
  CheckboxGroup as AriaCheckboxGroup,
  FieldError,
  Text,
  type CheckboxProps as AriaCheckboxProps,
} from 'react-aria-components';
import type { FieldValues, Path } from 'react-hook-form';
import type { FormControl } from '@/lib/forms';
import { useController } from 'react-hook-form';
import { FieldLabel } from './field-label';
import type { Option } from './select';

type CheckboxProps = Omit<AriaCheckboxProps, 'className' | 'children'> & { children: ReactNode };

export function Checkbox({ children, ...props }: CheckboxProps) {
  return (
    <AriaCheckbox {...props} className="checkbox">
      <span className="checkbox__box" aria-hidden="true">
        <svg viewBox="0 0 18 18">
          <polyline points="2 9 7 14 16 4" />
        </svg>
      </span>
      <span>{children}</span>
    </AriaCheckbox>
  );
}

type FormCheckboxProps<T extends FieldValues> = {
  control: FormControl<T>;
  name: Path<T>;
  children: ReactNode;
  description?: string;
  isRequired?: boolean;
};

/** A single checkbox (charter acceptance, a choice with its explanation), its error shown below it. */
export function FormCheckbox<T extends FieldValues>({ control, name, children, description, isRequired = true }: FormCheckboxProps<T>) {
  const { field, fieldState } = useController({ control, name });
  const error = fieldState.error?.message;
  const describedBy = [description && `${field.name}-help`, error && `${field.name}-error`].filter(Boolean).join(' ');
  return (
    <div className="field">
      <Checkbox
        name={field.name}
        isSelected={Boolean(field.value)}
        onChange={field.onChange}
        isInvalid={Boolean(error)}
        isRequired={isRequired}
        inputRef={field.ref}
        aria-describedby={describedBy || undefined}
      >
        {children}
      </Checkbox>
      {description && (
        <p className="field__description" id={`${field.name}-help`}>
          {description}
        </p>
      )}
      {error && (
        <p className="field__error" id={`${field.name}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

/** A choice, with a line saying what it means when it needs one. */
type CheckboxOption = Option<string> & { label?: ReactNode; description?: string };

type FormCheckboxGroupProps<T extends FieldValues> = {
  control: FormControl<T>;
  name: Path<T>;
  label: string;
  options: readonly CheckboxOption[];
  description?: string;
};

/** Several choices among few options (sectors): all visible, nothing to open. */
export function FormCheckboxGroup<T extends FieldValues>({
  control,
  name,
  label,
  options,
  description,
}: FormCheckboxGroupProps<T>) {
  const { field, fieldState } = useController({ control, name });
  return (
    <AriaCheckboxGroup
      className="field checkbox-group"
      name={field.name}
      value={field.value ?? []}
      onChange={field.onChange}
      isRequired
      isInvalid={Boolean(fieldState.error)}
      validationBehavior="aria"
    >
      <FieldLabel label={label} />
      {description && (
        <Text slot="description" className="field__description">
          {description}
        </Text>
      )}
      <div className="checkbox-group__options">
        {options.map((option) =>
          option.description ? (
            <div key={option.id} className="checkbox-group__option">
              <Checkbox value={option.id} aria-describedby={`${field.name}-${option.id}-help`}>
                {option.label ?? option.name}
              </Checkbox>
              <p className="field__description checkbox-group__help" id={`${field.name}-${option.id}-help`}>
                {option.description}
              </p>
            </div>
          ) : (
            <Checkbox key={option.id} value={option.id}>
              {option.label ?? option.name}
            </Checkbox>
          ),
        )}
      </div>
      <FieldError className="field__error">{fieldState.error?.message}</FieldError>
    </AriaCheckboxGroup>
  );
}
