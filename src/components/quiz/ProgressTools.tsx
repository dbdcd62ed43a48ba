/** @jsxImportSource preact */
/*
 * Progress you can carry: save every exam's progress to one file, load such a file (shown first, merged only
 * on confirmation), or clear this exam's progress or every exam's. The file code and zod
 * (src/quiz/progress-file.ts) load when a button is used, never with the quiz. Reads and writes go through
 * the stores' storage engine, so without storage (private browsing) or with a full one, a loaded file lasts
 * for the visit, as progress does. After a load or a clear, the stores read storage again: the page shows
 * the new progress without a reload.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ExamSummary } from '../../quiz/progress-file';
import { reviewKey, storageKeys } from '../../quiz/storage-keys';
import { savedData } from '../../quiz/stores/engine';
import { useQuiz } from './context';
import type { QuizProps } from './props';
import './study.css';

const loadTools = () => import('../../quiz/progress-file');
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const day = (iso: string) => new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

type Step = { step: 'idle' } | { step: 'preview'; text: string; exams: ExamSummary[]; exported: string; file: string } | { step: 'clear' };

export function ProgressTools(props: QuizProps) {
  const { announce, reloadSaved, loadBank, exam } = useQuiz();
  const [step, setStep] = useState<Step>({ step: 'idle' });
  const [message, setMessage] = useState<{ text: string; problem: boolean; n: number } | null>(null);
  const [scope, setScope] = useState<'exam' | 'all'>('exam');
  const input = useRef<HTMLInputElement>(null);
  const loadButton = useRef<HTMLButtonElement>(null);
  const clearButton = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLHeadingElement>(null);
  const code = (id: string) => props.exams.find((e) => e.id === id)?.code ?? id;
  const own = code(exam);

  const say = (text: string, problem = false) => {
    setMessage((m) => ({ text, problem, n: (m?.n ?? 0) + 1 }));
    announce(text);
  };
  // Focus follows what the learner asked for: to the file's contents or the clear question, then back to the
  // button that opened it (the outcome is said in the live region and shown below the buttons).
  useEffect(() => panel.current?.focus(), [step.step]);
  // Back to a button once the page has re-rendered with the new data (focusing at once could land on a
  // button the re-render replaces, and focus would fall to the page's body).
  const [focusBack, setFocusBack] = useState<{ current: HTMLButtonElement | null } | null>(null);
  useEffect(() => {
    if (!focusBack) return;
    focusBack.current?.focus();
    setFocusBack(null);
  });

  const failedToLoad = () => say('The progress tools could not be loaded. Check your connection and try again.', true);

  async function save() {
    try {
      const { exportProgress } = await loadTools();
      const now = Date.now();
      const file = exportProgress(
        savedData(),
        props.exams.map((e) => e.id),
        now,
      );
      const blob = new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' });
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = `azure-ai-exam-progress-${new Date(now).toISOString().slice(0, 10)}.json`;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      const exams = Object.keys(file.exams);
      say(exams.length ? `Progress saved to ${a.download}: ${exams.map(code).join(', ')}.` : `Saved ${a.download}; it is empty, as there is no progress yet.`);
    } catch {
      failedToLoad();
    }
  }

  async function picked() {
    const file = input.current?.files?.[0];
    if (!file) return;
    // The same file can be picked again after a refusal or a cancel.
    input.current!.value = '';
    try {
      const [text, { parseProgress, summary }] = await Promise.all([file.text(), loadTools()]);
      const parsed = parseProgress(text);
      if (!parsed.ok) return say(`${file.name} was not loaded. ${parsed.message} Your progress was not changed.`, true);
      setMessage(null);
      setStep({ step: 'preview', text, exams: summary(parsed.file), exported: parsed.file.exported, file: file.name });
    } catch {
      failedToLoad();
    }
  }

  async function merge(text: string) {
    try {
      const { importProgress } = await loadTools();
      const done = importProgress(savedData(), text, Date.now());
      setStep({ step: 'idle' });
      setFocusBack(loadButton);
      if (!done.ok) return say(done.message, true);
      reloadSaved();
      void loadBank();
      say(`Progress loaded and added to what this browser had: ${done.summary.map((s) => code(s.exam)).join(', ')}.`);
    } catch {
      failedToLoad();
    }
  }

  function clear() {
    const exams = scope === 'all' ? props.exams.map((e) => e.id) : [exam];
    const storage = savedData();
    for (const id of exams) {
      const keys = storageKeys(id);
      for (const key of [keys.attempt, keys.history, keys.versions, reviewKey(id)]) storage.removeItem(key);
    }
    reloadSaved();
    setStep({ step: 'idle' });
    setFocusBack(clearButton);
    say(scope === 'all' ? 'Your progress on every exam was cleared.' : `Your ${own} progress was cleared.`);
  }

  const cancel = (back: { current: HTMLButtonElement | null }) => {
    setStep({ step: 'idle' });
    setFocusBack(back);
  };

  return (
    <section class="quiz-panel progress-tools" aria-labelledby="progress-tools-title">
      <h3 id="progress-tools-title">Your progress</h3>
      <p class="hint">Kept in this browser only. Save it to a file to keep a copy or to carry it to another browser.</p>
      <div class="tool-row">
        <button type="button" class="button" data-tool="save" onClick={save}>
          Save progress to a file
        </button>
        <button type="button" class="button" data-tool="load" ref={loadButton} aria-controls="progress-file" onClick={() => input.current?.click()}>
          Load progress from a file
        </button>
        {/* The real file input, behind the button above: out of sight and of the tab order, still labelled. */}
        <input
          type="file"
          id="progress-file"
          class="visually-hidden"
          tabIndex={-1}
          accept=".json,application/json"
          aria-label="Progress file to load"
          ref={input}
          onChange={picked}
        />
        <button
          type="button"
          class="button"
          data-tool="clear"
          ref={clearButton}
          onClick={() => setStep({ step: 'clear' })}
          aria-expanded={step.step === 'clear'}
        >
          Clear my progress
        </button>
      </div>
      {step.step === 'preview' && (
        <div class="tool-step" data-testid="progress-preview">
          <h4 tabIndex={-1} ref={panel}>
            {step.file}, saved on {day(step.exported)}, holds:
          </h4>
          <ul>
            {step.exams.map((s) => (
              <li key={s.exam} data-exam={s.exam}>
                {code(s.exam)}: {plural(s.attempts, 'finished attempt')}, {plural(s.cards, 'review card')}
                {s.inProgress && ', and an unfinished quiz'}
              </li>
            ))}
            {step.exams.length === 0 && <li>No progress at all.</li>}
          </ul>
          <p class="hint">Loading adds it to the progress this browser has: attempts from both are kept, and for each question the later review wins.</p>
          <div class="tool-row">
            <button type="button" class="button primary" data-tool="confirm-load" onClick={() => merge(step.text)}>
              Add to my progress
            </button>
            <button type="button" class="button" onClick={() => cancel(loadButton)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {step.step === 'clear' && (
        <div class="tool-step">
          <h4 tabIndex={-1} ref={panel}>
            Clear which progress? This cannot be undone, unless you saved it to a file.
          </h4>
          <fieldset>
            <legend class="visually-hidden">Progress to clear</legend>
            <label class="choice">
              <input type="radio" name="clear-scope" value="exam" checked={scope === 'exam'} onChange={() => setScope('exam')} />
              <span>{own} only: its saved quiz, attempts and review schedule</span>
            </label>
            <label class="choice">
              <input type="radio" name="clear-scope" value="all" checked={scope === 'all'} onChange={() => setScope('all')} />
              <span>Every exam ({props.exams.map((e) => e.code).join(', ')})</span>
            </label>
          </fieldset>
          <div class="tool-row">
            <button type="button" class="button primary" data-tool="confirm-clear" onClick={clear}>
              Clear {scope === 'all' ? 'every exam' : own}
            </button>
            <button type="button" class="button" onClick={() => cancel(clearButton)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {message && (
        <p class={message.problem ? 'quiz-notice' : 'hint'} data-testid="progress-message" key={message.n}>
          {message.text}
        </p>
      )}
    </section>
  );
}
