/** A small "Copy" button that says whether it worked. Copies the real value even when masked. */
import { useState } from 'preact/hooks';
import { copyText } from './clipboard';

export function CopyButton({ text, label = 'Copy' }: { text: string; label?: string }) {
  const [state, setState] = useState<'idle' | 'done' | 'failed'>('idle');
  return (
    <button
      type="button"
      class="small"
      data-testid="copy"
      onClick={() => {
        void copyText(text).then((ok) => {
          setState(ok ? 'done' : 'failed');
          setTimeout(() => setState('idle'), 1500);
        });
      }}
    >
      {state === 'done' ? 'Copied' : state === 'failed' ? 'Copy failed' : label}
    </button>
  );
}
