// coder.get / coder.set: this installation's researcher identity (name and colour shown on
// every highlight and in the history; the id is stable and ties a researcher's codings across
// projects and merges). Kept per installation in <userDataDir>/coder.json, not in the project.
import type { Handlers } from '../../../shared/contract';
import { asObject, asVoid, str } from '../app/input-checks';
import type { CoderIdentity } from './installation-coder';

export function coderHandlers(identity: CoderIdentity): Pick<Handlers, 'coder.get' | 'coder.set' | 'coder.problem'> {
  return {
    'coder.problem': (input) => {
      asVoid(input);
      return identity.problem();
    },
    'coder.get': (input) => {
      asVoid(input);
      return identity.get();
    },
    'coder.set': (input) => {
      const o = asObject(input);
      return identity.set({ name: str(o, 'name', { optional: true, max: 200 }), color: str(o, 'color', { optional: true, max: 7 }) });
    },
  };
}
