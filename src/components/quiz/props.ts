import type { QuizRules } from '../../quiz/rules';

export interface QuizProps {
  /** The exam id of this page ("ai-103"); its bank, saved attempt and history belong to it alone. */
  exam: string;
  bankUrl: string;
  /** Domains with their question counts in the free bank and their weight range in the exam profile (percent). */
  domains: { id: number; name: string; count: number; weight: { min: number; max: number } }[];
  /** Every exam with a quiz (id and code): a progress file carries them all, and names them by code. */
  exams: { id: string; code: string }[];
  /** The guide's URL; a domain's section is `${guideUrl}#domain-N`. */
  guideUrl: string;
  /** The checkout offer shown beside the quiz, or null for none. */
  offer: OfferProps | null;
  /** A practice drill over a subset of the bank, e.g. AI-102 questions that still count for AI-103. */
  drill: { label: string; ids: string[] } | null;
  /** Pass line, time per question and the real exam's pass mark in words, from the exam profile (src/quiz/rules.ts). */
  rules: QuizRules;
}

export interface OfferProps {
  url: string;
  priceLabel: string;
  questionCount: string;
  features: string[];
  /** The exam the paid bank covers. */
  examCode: string;
  /** Set when a retired exam points to its successor's offer: the code of the page's own exam. */
  insteadOf: string | null;
}

export const domainName = (props: QuizProps, id: number) => props.domains.find((d) => d.id === id)?.name ?? `Domain ${id}`;
