/**
 * Best effort, not verified against a running backoffice: switches the Document workspace to its content view in
 * the finding's culture (routes `…/edit/{unique}/{culture}/view/{pathname}`, the content view's pathname is
 * `content`) and then focuses the property's editor (`umb-content-workspace-property[alias=…]`, searched through
 * open shadow roots) once it has rendered, for up to about a second of animation frames.
 */
export const jumpToProperty = (culture: string, property: string): void => {
  const path = window.location.pathname;
  const target = path.replace(/\/edit\/([^/]+)\/([^/]+)\/view\/.*$/, `/edit/$1/${encodeURIComponent(culture)}/view/content`);
  if (target !== path) {
    window.history.pushState({}, '', target + window.location.search);
    window.dispatchEvent(new PopStateEvent('popstate', { state: {} }));
  }

  focusPropertyWhenShown(property);
};

/**
 * Focuses the property's editor (`umb-content-workspace-property[alias=…]`, searched through open shadow roots) once
 * it has rendered, trying for up to `frames` animation frames (about a second by default; longer when a document is
 * still being opened, as after a site-audit finding's field link).
 */
export const focusPropertyWhenShown = (property: string, frames = 60): void => {
  let left = frames;
  const tryFocus = () => {
    const editor = findDeep(document, `umb-content-workspace-property[alias="${CSS.escape(property)}"]`);
    if (editor) {
      editor.scrollIntoView({ block: 'center' });
      const focusable = findDeep(editor, 'input, textarea, select, [contenteditable="true"], button, [tabindex]:not([tabindex="-1"])');
      (focusable ?? editor).focus();
      return;
    }
    if (--left > 0) {
      requestAnimationFrame(tryFocus);
    }
  };
  requestAnimationFrame(tryFocus);
};

const findDeep = (root: ParentNode, selector: string): HTMLElement | undefined => {
  const direct = root.querySelector<HTMLElement>(selector);
  if (direct) {
    return direct;
  }
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) {
      const found = findDeep(element.shadowRoot, selector);
      if (found) {
        return found;
      }
    }
  }
  return undefined;
};
