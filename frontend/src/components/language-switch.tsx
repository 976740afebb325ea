import { ToggleButton, ToggleButtonGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { currentLanguage, isLanguage, LANGUAGES, setLanguage } from '@/lib/i18n';

const NATIVE_NAMES = { fr: 'Français', en: 'English' } as const;

/** FR / EN; each choice is named in its own language so anyone can find theirs. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  return (
    <ToggleButtonGroup
      className="language-switch"
      aria-label={t('language.label')}
      selectionMode="single"
      disallowEmptySelection
      selectedKeys={[currentLanguage()]}
      onSelectionChange={(keys) => {
        const [language] = [...keys];
        if (isLanguage(language)) void setLanguage(language);
      }}
    >
      {LANGUAGES.map((language) => (
        <ToggleButton
          key={language}
          id={language}
          className="language-switch__option"
          lang={language}
          aria-label={NATIVE_NAMES[language]}
        >
          {language.toUpperCase()}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
}
