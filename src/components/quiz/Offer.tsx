/** @jsxImportSource preact */
import type { QuizProps } from './props';

/** The paid bank, offered beside the free quiz and never in its way. */
export function Offer({ url, priceLabel, features }: QuizProps['checkout']) {
  return (
    <aside class="quiz-offer" aria-label="Full question bank">
      <p>
        <strong>Want more practice?</strong> The full course has {features.join(', ')}, from {priceLabel}.
      </p>
      <a class="button" href={url} data-testid="checkout">
        Get the full bank ({priceLabel})
      </a>
    </aside>
  );
}
