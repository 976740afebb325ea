import { useState } from 'react';
import { FileTrigger } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ApiImage } from '@/components/api-image';
import { Button } from '@/components/button';
import { FormAlert } from '@/components/form-alert';
import { isProblemError } from '@/lib/api/problem';
import type { Item } from '@/lib/api/types';
import type { KindPath } from '@/lib/catalogue';
import { useAddPhoto, useDeletePhoto } from '../api/items';

/** Limits the API enforces too. */
export const MAX_PHOTOS = 5;
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
const PHOTO_TYPES = ['image/jpeg', 'image/png'];

/** Adds and removes an item's photos (JPEG or PNG, 5 MB and 5 photos at most). */
export function ItemPhotosEditor({ kind, item }: { kind: KindPath; item: Item }) {
  const { t } = useTranslation();
  const add = useAddPhoto(kind, item.id);
  const remove = useDeletePhoto(kind, item.id);
  const [fileError, setFileError] = useState<string | null>(null);
  const [added, setAdded] = useState(false);

  const upload = (file: File | undefined) => {
    setAdded(false);
    setFileError(null);
    add.reset();
    remove.reset();
    if (!file) return;
    // Checked here first, so a phone does not send 5 MB for nothing.
    const problem = !PHOTO_TYPES.includes(file.type)
      ? t('photos.wrongType')
      : file.size > MAX_PHOTO_BYTES
        ? t('photos.tooLarge')
        : null;
    if (problem) {
      setFileError(problem);
      return;
    }
    add.mutate(file, {
      onSuccess: () => setAdded(true),
      onError: (error) => {
        // The server names the field ("file") and why; some proxies answer a bare 413.
        const violation = isProblemError(error) ? error.violations.find((v) => v.field === 'file') : undefined;
        if (violation) setFileError(violation.message);
        else if (isProblemError(error, 413)) setFileError(t('photos.tooLarge'));
        else if (isProblemError(error, 415)) setFileError(t('photos.wrongType'));
        else setFileError(null);
      },
    });
  };

  const full = item.photos.length >= MAX_PHOTOS;

  return (
    <section className="panel" aria-labelledby="item-photos">
      <h2 id="item-photos">{t('photos.title')}</h2>
      <p className="hint" id="photos-rules">
        {t('photos.rules', { count: MAX_PHOTOS })}
      </p>
      {item.photos.length > 0 && (
        <ul className="photo-list">
          {item.photos.map((photo, index) => (
            <li key={photo.id} className="photo-list__item">
              <ApiImage src={photo.thumbnailUrl} alt={t('photos.number', { number: index + 1 })} />
              <Button
                variant="secondary"
                onPress={() => {
                  setAdded(false);
                  setFileError(null);
                  remove.mutate(photo.id);
                }}
                isPending={remove.isPending && remove.variables === photo.id}
              >
                {t('photos.remove', { number: index + 1 })}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {full ? (
        <p className="hint">{t('photos.full', { count: MAX_PHOTOS })}</p>
      ) : (
        <FileTrigger acceptedFileTypes={PHOTO_TYPES} onSelect={(files) => upload(files ? [...files][0] : undefined)}>
          <Button variant="secondary" isPending={add.isPending} aria-describedby="photos-rules">
            {t('photos.add')}
          </Button>
        </FileTrigger>
      )}
      <div role="status" className="status-line">
        {added && <p className="alert alert--success">{t('photos.added')}</p>}
      </div>
      {fileError ? (
        <p className="alert alert--error" role="alert">
          {fileError}
        </p>
      ) : (
        <FormAlert error={add.error ?? remove.error} />
      )}
    </section>
  );
}
