import { atom } from 'nanostores';

/** 'start' shows the start screen over an unfinished attempt; a reload always returns to the attempt. */
export const $view = atom<'quiz' | 'start'>('quiz');
