/**
 * The panel's router, as plain state: four sections (the top tabs), each a
 * stack of views. Choosing a section starts it afresh; opening a model or
 * concept pushes onto the current section's stack; Back pops. `seq` counts
 * navigations so a view can tell "the user went here" (move focus) from
 * "the page under me changed" (leave focus alone).
 */

export type Section = 'page' | 'timeline' | 'compare' | 'notes';

export type Route =
  | { view: 'page' }
  | { view: 'timeline' }
  | { view: 'compare' }
  | { view: 'notes' }
  | { view: 'model'; id: string }
  /** `from`: the model whose view opened it (listed first among the concept's users). */
  | { view: 'concept'; id: string; from?: string };

export interface NavState {
  section: Section;
  stack: Route[];
  seq: number;
  /**
   * Whether the latest navigation moves focus to the new view's heading:
   * yes for opening a view and Back, no for the top tabs, where focus stays
   * on the tab the user chose.
   */
  focusView: boolean;
  /** Set by a card's "Add note": the page view scrolls to its notes (with this model, if any). */
  noteFor: { modelId: string | null } | null;
}

export type NavAction =
  | { type: 'section'; section: Section }
  | { type: 'open'; route: Route; section?: Section }
  | { type: 'back' }
  | { type: 'note'; modelId: string | null };

const MAX_DEPTH = 30;

function root(section: Section): Route {
  return { view: section };
}

function sameRoute(a: Route | undefined, b: Route): boolean {
  if (!a || a.view !== b.view) return false;
  return !('id' in a) || !('id' in b) || a.id === b.id;
}

export const initialNav: NavState = {
  section: 'page',
  stack: [root('page')],
  seq: 0,
  focusView: false,
  noteFor: null,
};

export function navigate(state: NavState, action: NavAction): NavState {
  switch (action.type) {
    case 'section':
      return {
        section: action.section,
        stack: [root(action.section)],
        seq: state.seq + 1,
        focusView: false,
        noteFor: null,
      };
    case 'open': {
      const section = action.section ?? state.section;
      const base = section === state.section ? state.stack : [root(section)];
      if (sameRoute(base[base.length - 1], action.route)) {
        return { ...state, section, stack: base, seq: state.seq + 1, focusView: true };
      }
      // A root view opened by name is the section itself.
      if (action.route.view === section) return navigate(state, { type: 'section', section });
      const stack = [...base, action.route].slice(-MAX_DEPTH);
      if (stack[0]?.view !== section) stack.unshift(root(section));
      return { section, stack, seq: state.seq + 1, focusView: true, noteFor: null };
    }
    case 'back':
      if (state.stack.length <= 1) return state;
      return { ...state, stack: state.stack.slice(0, -1), seq: state.seq + 1, focusView: true };
    case 'note':
      return {
        section: 'page',
        stack: [root('page')],
        seq: state.seq + 1,
        // The notes section takes focus instead.
        focusView: false,
        noteFor: { modelId: action.modelId },
      };
  }
}

/** The view on top. */
export function currentRoute(state: NavState): Route {
  return state.stack[state.stack.length - 1] ?? root(state.section);
}
