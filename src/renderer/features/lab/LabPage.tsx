import { ComingSoon } from '../../app/ComingSoon.tsx';

export function LabPage() {
  return (
    <ComingSoon title="Optimization lab">
      <p>The lab is coming: run a prompt over a dataset of test cases, score the outputs, and let BetterPrompts propose and keep better versions, with a version tree and charts.</p>
    </ComingSoon>
  );
}
