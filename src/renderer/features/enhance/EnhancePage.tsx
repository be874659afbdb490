import { ComingSoon } from '../../app/ComingSoon.tsx';

export function EnhancePage() {
  return (
    <ComingSoon title="Enhance">
      <p>Quick enhance is coming: paste a rough prompt, and BetterPrompts names its task type, picks the techniques that fit and rewrites it, explaining each choice, on this machine.</p>
      <p>Until then, save prompts you use in the Library.</p>
    </ComingSoon>
  );
}
