import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Button } from '@/components/button';
import { FormAlert } from '@/components/form-alert';
import { FormTextField } from '@/components/text-field';
import type { Exchange, ExchangeSide, Testimonial } from '@/lib/api/types';
import { formatDate } from '@/lib/format';
import { useServerErrors } from '@/lib/forms';
import { requiredText } from '@/lib/validation';
import { useConsentToTestimonial, useWriteTestimonial } from '../api/exchanges';
import { organisationOf } from './sides';

const TEXT_MAX = 2000;
const FIELDS = ['text'];

type TestimonialPanelProps = {
  exchange: Exchange;
  testimonial: Testimonial | null;
  /** The caller's side, when they are a member of one of the parties. */
  side: ExchangeSide | null;
  onDone: (message: string) => void;
};

/**
 * A confirmed exchange's testimonial: one side writes it (and so agrees to publish it), the
 * other agrees or not; it is public once both do, and either may withdraw.
 */
export function TestimonialPanel({ exchange, testimonial, side, onDone }: TestimonialPanelProps) {
  const { t: tx } = useTranslation('exchanges');
  const [isWriting, setWriting] = useState(false);
  const consent = useConsentToTestimonial(exchange.id);

  const consents = (of: ExchangeSide) =>
    testimonial ? (of === 'PROVIDER' ? testimonial.providerConsents : testimonial.beneficiaryConsents) : false;

  return (
    <section className="panel" aria-labelledby="exchange-testimonial">
      <h2 id="exchange-testimonial">{tx('testimonial.title')}</h2>
      {isWriting ? (
        <TestimonialForm
          exchangeId={exchange.id}
          text={testimonial?.text ?? ''}
          hasOtherConsent={testimonial !== null}
          onCancel={() => setWriting(false)}
          onSaved={() => {
            setWriting(false);
            onDone(tx('testimonial.written'));
          }}
        />
      ) : !testimonial ? (
        <>
          <p>{side ? tx('testimonial.invite') : tx('testimonial.none')}</p>
          {side && <Button onPress={() => setWriting(true)}>{tx('testimonial.write')}</Button>}
        </>
      ) : (
        <>
          <figure className="testimonial">
            <blockquote>{testimonial.text}</blockquote>
            {testimonial.writtenBy && (
              <figcaption>{tx('testimonial.writtenBy', { name: testimonial.writtenBy.name })}</figcaption>
            )}
          </figure>
          <p className={testimonial.publishedAt ? 'alert alert--success' : 'hint'}>
            {testimonial.publishedAt
              ? tx('testimonial.published', { date: formatDate(testimonial.publishedAt) })
              : tx('testimonial.notPublished')}
          </p>
          <ul className="acceptances">
            {(['PROVIDER', 'BENEFICIARY'] as const).map((of) => (
              <li key={of}>
                {tx(consents(of) ? 'testimonial.agrees' : 'testimonial.doesNotAgree', {
                  organisation: organisationOf(exchange, of).name,
                })}
              </li>
            ))}
          </ul>
          <FormAlert error={consent.error} />
          {side && (
            <div className="button-row">
              <Button
                variant={consents(side) ? 'secondary' : 'primary'}
                isPending={consent.isPending}
                onPress={() =>
                  consent.mutate(!consents(side), {
                    onSuccess: (saved) =>
                      onDone(
                        tx(
                          saved.publishedAt
                            ? 'testimonial.nowPublished'
                            : consents(side)
                              ? 'testimonial.withdrawn'
                              : 'testimonial.agreed',
                        ),
                      ),
                  })
                }
              >
                {consents(side) ? tx('testimonial.withdraw') : tx('testimonial.agree')}
              </Button>
              <Button variant="secondary" onPress={() => setWriting(true)}>
                {tx('testimonial.rewrite')}
              </Button>
            </div>
          )}
        </>
      )}
    </section>
  );
}

type TestimonialFormProps = {
  exchangeId: string;
  text: string;
  hasOtherConsent: boolean;
  onSaved: () => void;
  onCancel: () => void;
};

function TestimonialForm({ exchangeId, text, hasOtherConsent, onSaved, onCancel }: TestimonialFormProps) {
  const { t: tx } = useTranslation('exchanges');
  const { t } = useTranslation();
  const schema = useMemo(() => z.object({ text: requiredText(t, TEXT_MAX) }), [t]);
  const { control, handleSubmit, setError, formState } = useForm({
    resolver: zodResolver(schema),
    defaultValues: { text },
  });
  const { formError, unmappedViolations, handleError, clearFormError } = useServerErrors(setError, FIELDS);
  const write = useWriteTestimonial(exchangeId);

  const submit = handleSubmit(async (values) => {
    clearFormError();
    try {
      await write.mutateAsync(values.text);
      onSaved();
    } catch (error) {
      handleError(error);
    }
  });

  return (
    <Form className="form" onSubmit={submit} validationBehavior="aria">
      <FormTextField
        control={control}
        name="text"
        label={tx('testimonial.text')}
        description={hasOtherConsent ? tx('testimonial.rewriteHelp') : tx('testimonial.textHelp')}
        rows={5}
      />
      <FormAlert error={formError} violations={unmappedViolations} />
      <div className="button-row">
        <Button type="submit" isPending={formState.isSubmitting}>
          {tx('testimonial.submit')}
        </Button>
        <Button variant="secondary" onPress={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </Form>
  );
}
