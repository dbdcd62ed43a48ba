/*
 * What a screen reader hears and what search indexes is plain text made from the Markdown tree at build,
 * never HTML turned back into text: no entity ("&#x3C;", "&#x26;") may reach either.
 */
import { describe, expect, it } from 'vitest';
import { bankSchema } from '../../../src/quiz/bank-schema';
import { readData } from '../../../src/schemas/check';
import { questionRecord } from '../../../src/utils/question-records';
import { renderBank } from '../../../src/utils/render-bank';
import { describeAnswer } from '../../../src/components/quiz/Verdict';
import { partText } from '../../../src/quiz/plain-text';

const rendered = (exam: string) => renderBank(bankSchema.parse(readData(`content/quiz/${exam}.json`)));

describe('plain text beside the HTML', () => {
  it("says AI-102's SSML answer with its angle brackets, as the learner reads it", async () => {
    const q = (await rendered('ai-102')).questions.find((x) => x.id === 'd5-ssml-style-degree')!;
    // The HTML keeps its entity, as HTML should; the words the live region gets do not.
    expect(q.type === 'single' && q.options.find((o) => o.id === 'a')!.text).toContain('&#x3C;prosody');
    expect(describeAnswer(q)).toBe('Correct answer: <mstts:express-as style="cheerful" styledegree="2">.');
    expect(partText(q, 'a')).toBe('<prosody pitch="high" rate="fast">');
  });

  it("indexes the AI-103 case study's questions under 'Lumen & Fable', with no entity", async () => {
    const bank = await rendered('ai-103');
    const q = bank.questions.find((x) => x.caseStudy && x.stem.includes('Lumen &#x26; Fable'))!;
    const record = questionRecord(q, q.plain.stem, 'Domain', 'AI-103', '/ai-103/questions/');
    expect(record.content).toContain('Refer to the Lumen & Fable case study.');
    expect(record.content).not.toMatch(/&#?\w+;/);
  });

  it('makes every stem and option of both banks free of markup and entities', async () => {
    for (const exam of ['ai-102', 'ai-103']) {
      for (const q of (await rendered(exam)).questions) {
        for (const text of [q.plain.stem, ...Object.values(q.plain.parts)]) {
          expect(text, `${exam} ${q.id}`).not.toMatch(/&(#x?[0-9a-f]+|amp|lt|gt|quot);/i);
          expect(text, `${exam} ${q.id}`).not.toMatch(/<\/?(p|code|strong|em|a)\b/);
        }
      }
    }
  });
});
