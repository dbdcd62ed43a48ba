/** @jsxImportSource preact */
import type { OfferProps } from './props';

/** The paid bank, offered beside the free quiz and never in its way. Checkout is on another site. */
export function Offer({ url, priceLabel, questionCount, features, examCode, insteadOf }: OfferProps) {
  return (
    <aside class="quiz-offer" aria-label={`Full ${examCode} question bank`} data-testid="offer">
      <p>
        {insteadOf && (
          <>
            {insteadOf} is retired, so we sell no {insteadOf} bank. For the exam that replaced it:{' '}
          </>
        )}
        <strong>The full {examCode} bank</strong> has {questionCount} questions, {features.join(', ')}, for {priceLabel}.
      </p>
      <a class="button" href={url} rel="external noopener" data-testid="checkout">
        Get the {examCode} bank ({priceLabel})<span class="visually-hidden"> (checkout on an external site)</span>
        <svg aria-hidden="true" class="external-icon" width="14" height="14" viewBox="0 0 24 24">
          <path fill="none" stroke="currentColor" stroke-width="2.4" d="M14 4h6v6M20 4l-9 9M18 14v6H4V6h6" />
        </svg>
      </a>
      <p class="hint">Checkout happens on an external site, {new URL(url).hostname}.</p>
    </aside>
  );
}
