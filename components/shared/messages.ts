import { defineMessages } from '@/lib/i18n';

/** Strings of the pieces several views share (the copy box). */
export const sharedMessages = defineMessages('shared', {
  en: {
    copy: 'Copy',
    copied: 'Copied to the clipboard.',
    copyFailed: 'Could not copy. Select the text and press Ctrl+C (⌘C).',
  },
  ja: {
    copy: 'コピー',
    copied: 'クリップボードにコピーしました。',
    copyFailed: 'コピーできませんでした。テキストを選択して Ctrl+C（⌘C）でコピーしてください。',
  },
});
