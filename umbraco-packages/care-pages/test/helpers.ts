import '@umbraco-ui/uui';
// axe-core is a UMD script: loaded as a module it sets window.axe.
import 'axe-core';
import type AxeCore from 'axe-core';
import type { LitElement } from 'lit';
import type { LocalizeFn } from '../src/localization/localize.js';
import { createLocalize } from '../src/localization/localize.js';
import ar from '../src/localization/ar.js';

/** Mounts an element in a container with the given language and direction and waits for it to render. */
export const mount = async <E extends LitElement>(tag: string, setup: (element: E) => void, lang = 'en', dir: 'ltr' | 'rtl' = 'ltr'): Promise<E> => {
  document.body.replaceChildren();
  document.documentElement.lang = lang;
  document.documentElement.dir = dir;
  const main = document.createElement('main');
  const element = document.createElement(tag) as E;
  setup(element);
  main.append(element);
  document.body.append(main);
  await rendered(element);
  return element;
};

/** Waits until the element and the UUI elements it renders have rendered and been laid out (axe reads the layout). */
export const rendered = async (element: LitElement): Promise<void> => {
  await element.updateComplete;
  await customElements.whenDefined('uui-button');
  await new Promise((resolve) => requestAnimationFrame(resolve));
};

export const arabic: LocalizeFn = createLocalize(ar);

/** The elements matching `selector` in the element's shadow root. */
export const $$ = <T extends Element = HTMLElement>(element: Element, selector: string): T[] => [...(element.shadowRoot?.querySelectorAll<T>(selector) ?? [])];
export const $ = <T extends Element = HTMLElement>(element: Element, selector: string): T => {
  const found = element.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`Nothing matches ${selector}`);
  return found;
};

/** The uui-button whose label is `label`. */
export const button = (element: Element, label: string): HTMLElement & { disabled: boolean } => $(element, `uui-button[label="${label}"]`);

/** The events of that name that reach the document while `trigger` runs. */
const collect = async (name: string, trigger: () => void | Promise<void>): Promise<Event[]> => {
  const received: Event[] = [];
  const listener = (e: Event) => received.push(e);
  document.addEventListener(name, listener);
  try {
    await trigger();
    await new Promise((resolve) => setTimeout(resolve, 0));
  } finally {
    document.removeEventListener(name, listener);
  }
  return received;
};

/** The first event of that name `trigger` causes; fails when none reaches the document or it does not bubble out. */
export const nextEvent = async <D>(name: string, trigger: () => void | Promise<void>): Promise<CustomEvent<D>> => {
  const [first] = await collect(name, trigger);
  if (!first) throw new Error(`No ${name} event`);
  if (!first.bubbles || !first.composed) throw new Error(`${name} must bubble and be composed`);
  return first as CustomEvent<D>;
};

/** Counts the events of that name during `trigger`. */
export const countEvents = async (name: string, trigger: () => void | Promise<void>): Promise<number> => (await collect(name, trigger)).length;

/** Runs axe-core on the element (WCAG 2.0–2.2 A and AA) and fails with the violations it finds. */
export const expectNoAxeViolations = async (element: Element): Promise<void> => {
  const axe = (globalThis as unknown as { axe: typeof AxeCore }).axe;
  const result = await axe.run(element, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
  if (result.violations.length > 0) {
    throw new Error(
      result.violations.map((v) => `${v.id}: ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')} ${n.failureSummary ?? ''}`).join('\n')}`).join('\n'),
    );
  }
};

/** Changes a native select or input inside the shadow root and lets the element re-render. */
export const change = async (element: LitElement, selector: string, value: string): Promise<void> => {
  const control = $<HTMLSelectElement | HTMLInputElement>(element, selector);
  control.value = value;
  control.dispatchEvent(new Event(control instanceof HTMLInputElement && control.type !== 'checkbox' ? 'input' : 'change', { bubbles: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
  await element.updateComplete;
};

export const text = (element: Element): string => (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
