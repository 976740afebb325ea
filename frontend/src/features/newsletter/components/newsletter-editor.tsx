import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { Form } from 'react-aria-components';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Button } from '@/components/button';
import { FormAlert } from '@/components/form-alert';
import { FormTextField } from '@/components/text-field';
import { useSession } from '@/lib/auth/auth-provider';
import { useServerErrors } from '@/lib/forms';
import { useDebouncedValue } from '@/lib/use-debounced-value';
import type { Newsletter } from '@/lib/api/types';
import {
  useNewsletter,
  useRefreshNewsletter,
  useSaveNewsletter,
  useSendTest,
  type VersionedNewsletter,
} from '../api/newsletters';
import {
  EDITORIAL_MAX,
  editOf,
  editorialsOf,
  itemStatesOf,
  sameItems,
  type Editorials,
  type ItemState,
} from './edit-model';
import { ItemList } from './item-list';
import { NewsletterPreview } from './newsletter-preview';

const FIELDS = ['editorialFr', 'editorialEn'];
/** The preview is asked for once typing pauses this long. */
export const PREVIEW_DELAY_MS = 500;

type Notice = 'saved' | 'testSent' | 'refreshed';

type NewsletterEditorProps = {
  /** The draft, with the version it was read at. */
  current: VersionedNewsletter;
  /**
   * Opens the send dialog, given what saves the edit first when needed (it answers the version
   * to send, or null when saving failed) and whether there is anything to save.
   */
  onSend: (prepare: () => Promise<string | null>, willSave: boolean) => void;
};

/** The monthly draft: editorials in French and English, the items, and the live preview beside them. */
export function NewsletterEditor({ current, onSend }: NewsletterEditorProps) {
  const { t } = useTranslation();
  const { t: tx } = useTranslation('newsletter');
  const id = current.newsletter.id;
  const email = useSession().me?.email;
  const schema = useMemo(
    () =>
      z.object({
        editorialFr: z.string().max(EDITORIAL_MAX, t('validation.maxLength', { count: EDITORIAL_MAX })),
        editorialEn: z.string().max(EDITORIAL_MAX, t('validation.maxLength', { count: EDITORIAL_MAX })),
      }),
    [t],
  );
  const { control, handleSubmit, setError, reset, formState, getValues, trigger } = useForm<Editorials>({
    resolver: zodResolver(schema),
    defaultValues: editorialsOf(current.newsletter),
  });
  const { formError, unmappedViolations, handleError, clearFormError } = useServerErrors(setError, FIELDS);

  // The version this edit started from (If-Match), what it was, and the items as the animator left them.
  const [etag, setEtag] = useState(current.etag);
  const [saved, setSaved] = useState<Newsletter>(current.newsletter);
  const [items, setItems] = useState<ItemState[]>(() => itemStatesOf(current.newsletter));
  const [notice, setNotice] = useState<Notice | null>(null);
  const isDirty = formState.isDirty || !sameItems(items, itemStatesOf(saved));

  const save = useSaveNewsletter(id);
  const test = useSendTest(id);
  const refresh = useRefreshNewsletter(id);
  const reload = useNewsletter(id);
  const can = (action: Newsletter['actions'][number]) => saved.actions.includes(action);

  const editorialFr = useWatch({ control, name: 'editorialFr' });
  const editorialEn = useWatch({ control, name: 'editorialEn' });
  const edit = useMemo(() => editOf({ editorialFr, editorialEn }, items), [editorialFr, editorialEn, items]);
  const previewed = useDebouncedValue(edit, PREVIEW_DELAY_MS);

  /** Starts again from a version of the issue: after a save, a refresh, or someone else's change. */
  const adopt = (result: VersionedNewsletter) => {
    setEtag(result.etag);
    setSaved(result.newsletter);
    setItems(itemStatesOf(result.newsletter));
    reset(editorialsOf(result.newsletter));
  };

  const persist = async (values: Editorials): Promise<string | null> => {
    clearFormError();
    setNotice(null);
    try {
      const result = await save.mutateAsync({ edit: editOf(values, items), etag });
      adopt(result);
      return result.etag;
    } catch (error) {
      handleError(error);
      return null;
    }
  };

  /** Saves unsaved changes first: a test and a sending carry what the animator sees. */
  const prepare = async () => {
    if (!isDirty) return etag;
    if (!(await trigger())) return null;
    return persist(getValues());
  };

  const onSubmit = handleSubmit(async (values) => {
    if (await persist(values)) setNotice('saved');
  });

  const sendTest = async () => {
    if (!(await prepare())) return;
    setNotice(null);
    try {
      await test.mutateAsync();
      setNotice('testSent');
    } catch (error) {
      handleError(error);
    }
  };

  const refreshNews = async () => {
    clearFormError();
    setNotice(null);
    try {
      adopt(await refresh.mutateAsync());
      setNotice('refreshed');
    } catch (error) {
      handleError(error);
    }
  };

  /** After a 412: start again from what the other person saved. */
  const onReload = async () => {
    const { data } = await reload.refetch();
    if (!data) return;
    adopt(data);
    clearFormError();
  };

  return (
    <div className="newsletter-editor">
      <Form className="form newsletter-editor__form" onSubmit={onSubmit} validationBehavior="aria">
        <section className="panel" aria-labelledby="editorial-title">
          <h2 id="editorial-title">{tx('editor.editorial')}</h2>
          <FormTextField
            control={control}
            name="editorialFr"
            label={tx('editor.editorialFr')}
            description={tx('editor.editorialHelp')}
            rows={6}
            optional
          />
          <FormTextField
            control={control}
            name="editorialEn"
            label={tx('editor.editorialEn')}
            description={tx('editor.editorialHelp')}
            rows={6}
            optional
            lang="en"
          />
        </section>
        <section className="panel" aria-labelledby="items-title">
          <h2 id="items-title">{tx('editor.items')}</h2>
          <p className="hint">{tx('editor.itemsHelp')}</p>
          <ItemList details={saved.items} items={items} onChange={setItems} />
        </section>
        <div className="panel newsletter-editor__actions">
          <FormAlert error={formError} violations={unmappedViolations} onReload={() => void onReload()} />
          <div role="status" className="status-line">
            {notice === 'saved' && <p className="alert alert--success">{tx('editor.saved')}</p>}
            {notice === 'refreshed' && <p className="alert alert--success">{tx('editor.refreshed')}</p>}
            {notice === 'testSent' && <p className="alert alert--success">{tx('editor.testSent', { email })}</p>}
          </div>
          {isDirty && <p className="hint">{tx('editor.unsaved')}</p>}
          <div className="button-row">
            <Button type="submit" isPending={save.isPending} isDisabled={!isDirty}>
              {tx('editor.save')}
            </Button>
            {can('TEST') && (
              <Button variant="secondary" onPress={() => void sendTest()} isPending={test.isPending}>
                {tx('editor.test')}
              </Button>
            )}
            {can('REFRESH') && (
              <Button
                variant="secondary"
                onPress={() => void refreshNews()}
                isPending={refresh.isPending}
                isDisabled={isDirty}
              >
                {tx('editor.refresh')}
              </Button>
            )}
            {can('SEND') && (
              <Button variant="primary" onPress={() => onSend(prepare, isDirty)}>
                {tx('editor.send')}
              </Button>
            )}
          </div>
          {can('REFRESH') && <p className="hint">{tx('editor.refreshHelp')}</p>}
        </div>
      </Form>
      <NewsletterPreview id={id} edit={previewed} />
    </div>
  );
}
