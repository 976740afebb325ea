import {
  Button as AriaButton,
  Header,
  ListBox,
  ListBoxItem,
  ListBoxSection,
  Popover,
  Select as AriaSelect,
  SelectValue,
} from 'react-aria-components';
import type { FieldValues, Path } from 'react-hook-form';
import type { FormControl } from '@/lib/forms';
import { useController } from 'react-hook-form';
import { FieldHelp, FieldLabel } from './field-label';

export type Option<K extends string> = { id: K; name: string };
/** Options under a heading that cannot be chosen itself (two-level lists). */
export type OptionSection<K extends string> = { id: string; name: string; options: readonly Option<K>[] };

type SelectProps<K extends string> = {
  label: string;
  /** Either a flat list of options… */
  options?: readonly Option<K>[];
  /** …or options grouped under headings. */
  sections?: readonly OptionSection<K>[];
  value: K | null;
  onChange: (value: K) => void;
  description?: string;
  errorMessage?: string;
  optional?: boolean;
  isRequired?: boolean;
  placeholder?: string;
  name?: string;
};

export function Select<K extends string>({
  label,
  options = [],
  sections,
  value,
  onChange,
  description,
  errorMessage,
  optional,
  ...props
}: SelectProps<K>) {
  return (
    <AriaSelect
      {...props}
      value={value}
      onChange={(key) => key !== null && onChange(key as K)}
      isInvalid={Boolean(errorMessage)}
      validationBehavior="aria"
      className="field"
    >
      <FieldLabel label={label} optional={optional} />
      <AriaButton className="field__input select__button">
        <SelectValue className="select__value" />
        <span aria-hidden="true" className="select__chevron">
          ▾
        </span>
      </AriaButton>
      <FieldHelp description={description} errorMessage={errorMessage} />
      <Popover className="popover">
        {sections ? (
          <ListBox className="listbox">
            {sections.map((section) => (
              <ListBoxSection key={section.id} id={section.id} className="listbox__section">
                <Header className="listbox__header">{section.name}</Header>
                {section.options.map((option) => (
                  <ListBoxItem key={option.id} className="listbox__item" id={option.id} textValue={option.name}>
                    {option.name}
                  </ListBoxItem>
                ))}
              </ListBoxSection>
            ))}
          </ListBox>
        ) : (
          <ListBox className="listbox" items={options}>
            {(option) => (
              <ListBoxItem className="listbox__item" id={option.id}>
                {option.name}
              </ListBoxItem>
            )}
          </ListBox>
        )}
      </Popover>
    </AriaSelect>
  );
}

type FormSelectProps<T extends FieldValues, K extends string> = Omit<
  SelectProps<K>,
  'value' | 'onChange' | 'errorMessage' | 'name'
> & { control: FormControl<T>; name: Path<T> };

export function FormSelect<T extends FieldValues, K extends string>({
  control,
  name,
  ...props
}: FormSelectProps<T, K>) {
  const { field, fieldState } = useController({ control, name });
  return (
    <Select
      isRequired={!props.optional}
      {...props}
      name={field.name}
      value={field.value ?? null}
      onChange={field.onChange}
      errorMessage={fieldState.error?.message}
    />
  );
}
