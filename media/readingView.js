// The reading view's page script (src/readingView/readingViewPanel.ts sends it everything it shows). It inserts the
// HTML chunks it is sent (built and escaped by src/readingView/readingHtml.ts) a frame at a time, opens a
// citation's card on Enter or a click and closes it on Escape, and keeps its scrolling in step with the editor.
// @ts-check
(function () {
  // eslint-disable-next-line no-undef
  const vscode = acquireVsCodeApi();
  const content = /** @type {HTMLElement} */ (document.getElementById('content'));
  const card = /** @type {HTMLElement} */ (document.getElementById('card'));
  const status = /** @type {HTMLElement} */ (document.getElementById('status'));
  /** @type {{ essayUri?: string, offset?: number }} */
  const state = vscode.getState() || {};

  let generation = -1;
  /** @type {string[]} */
  let queue = [];
  let pumping = false;
  let done = false;
  /** @type {number | undefined} where to scroll once the block holding it has arrived */
  let pendingOffset = state.offset;
  /** @type {string | undefined} the id of a citation to reveal once it has arrived */
  let pendingReveal;
  /** @type {number | undefined} where the page itself last scrolled to: that scroll is not sent back to the editor */
  let ownScrollY;
  /** @type {HTMLElement | null} */
  let opener = null;
  /** @type {{ c: number, w?: number } | undefined} */
  let asked;

  /** Runs `f` before the next frame is drawn; soon, in a hidden page (which draws no frames). */
  function nextFrame(/** @type {() => void} */ f) {
    if (typeof window.requestAnimationFrame === 'function' && !document.hidden) window.requestAnimationFrame(() => f());
    else setTimeout(f, 0);
  }
  /** How long a frame may spend inserting chunks, in ms: the rest of the frame is the browser's to lay out and draw. */
  const frameBudget = 12;

  function save() {
    vscode.setState(state);
  }

  /** @param {Element} el */
  function startOf(el) {
    return Number(el.getAttribute('data-s'));
  }

  /** The last block starting at or before `offset`. */
  function blockAt(/** @type {number} */ offset) {
    const blocks = content.children;
    let lo = 0;
    let hi = blocks.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (startOf(blocks[mid]) <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found < 0 ? undefined : /** @type {HTMLElement} */ (blocks[found]);
  }

  function scrollToOffset(/** @type {number} */ offset) {
    const block = blockAt(offset);
    if (!block) return;
    const start = startOf(block);
    const end = Number(block.getAttribute('data-e'));
    const fraction = end > start ? Math.min(1, Math.max(0, (offset - start) / (end - start))) : 0;
    const rect = block.getBoundingClientRect();
    window.scrollTo(0, Math.max(0, window.scrollY + rect.top + fraction * rect.height - 8));
    ownScrollY = window.scrollY;
  }

  /** The offset at the top of the window. */
  function offsetAtTop() {
    const blocks = content.children;
    let lo = 0;
    let hi = blocks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (blocks[mid].getBoundingClientRect().bottom <= 0) lo = mid + 1;
      else hi = mid;
    }
    const block = blocks[lo];
    if (!block) return undefined;
    const rect = block.getBoundingClientRect();
    const start = startOf(block);
    const end = Number(block.getAttribute('data-e'));
    const fraction = rect.height > 0 ? Math.min(1, Math.max(0, -rect.top / rect.height)) : 0;
    return Math.round(start + fraction * (end - start));
  }

  /**
   * Inserts the queued chunks a frame at a time: the first alone (the first screen), then as many as the frame's
   * budget allows.
   */
  function pump() {
    if (pumping) return;
    pumping = true;
    nextFrame(function step() {
      // The first chunk alone, so that the first screen is drawn before anything more is parsed.
      const first = content.childElementCount === 0;
      const until = first ? 0 : performance.now() + frameBudget;
      do {
        // Chunks after the first are about 128,000 characters: one is a frame's work on a slow machine.
        const html = queue.shift();
        if (html === undefined) break;
        content.insertAdjacentHTML('beforeend', html);
        const last = content.lastElementChild;
        if (pendingOffset !== undefined && last && Number(last.getAttribute('data-e')) >= pendingOffset) {
          scrollToOffset(pendingOffset);
          pendingOffset = undefined;
        }
        if (pendingReveal && document.getElementById(pendingReveal)) reveal(pendingReveal);
      } while (queue.length > 0 && performance.now() < until);
      if (queue.length > 0) nextFrame(step);
      else {
        pumping = false;
        if (done) finish();
      }
    });
  }

  function finish() {
    content.setAttribute('aria-busy', 'false');
    if (pendingOffset !== undefined) scrollToOffset(pendingOffset);
    pendingOffset = undefined;
    document.body.setAttribute('data-rendered', String(generation));
  }

  function say(/** @type {string} */ text) {
    status.textContent = '';
    setTimeout(() => (status.textContent = text), 50);
  }

  /** Scrolls a citation into view, marks it for a moment, and (when asked) focuses it. */
  function reveal(/** @type {string} */ id, focus = false) {
    const el = document.getElementById(id);
    if (!el) {
      pendingReveal = id;
      return;
    }
    pendingReveal = undefined;
    el.scrollIntoView({ block: 'center' });
    ownScrollY = window.scrollY;
    el.classList.add('revealed');
    setTimeout(() => el.classList.remove('revealed'), 1500);
    if (focus) el.focus();
  }

  function openCard(/** @type {HTMLElement} */ el) {
    opener = el;
    const c = Number(el.getAttribute('data-c'));
    const w = el.hasAttribute('data-w') ? Number(el.getAttribute('data-w')) : undefined;
    asked = { c, w };
    el.setAttribute('aria-expanded', 'true');
    vscode.postMessage({ type: 'card', c, w });
  }

  function placeCard() {
    if (!opener) return;
    const rect = opener.getBoundingClientRect();
    const width = Math.min(card.offsetWidth || 480, window.innerWidth - 16);
    const left = Math.max(8, Math.min(rect.left, window.innerWidth - width - 8));
    card.style.left = `${left + window.scrollX}px`;
    card.style.top = `${rect.bottom + window.scrollY + 6}px`;
  }

  function closeCard(returnFocus = true) {
    if (card.hidden) return;
    card.hidden = true;
    card.innerHTML = '';
    asked = undefined;
    if (opener) {
      opener.removeAttribute('aria-expanded');
      if (returnFocus) opener.focus();
    }
  }

  function cardButtons() {
    return /** @type {HTMLElement[]} */ (Array.from(card.querySelectorAll('button')));
  }

  window.addEventListener('message', (event) => {
    const m = event.data;
    if (!m || typeof m !== 'object') return;
    switch (m.type) {
      case 'style': {
        const root = document.documentElement.style;
        root.setProperty('--cr-font-family', String(m.fontFamily));
        root.setProperty('--cr-font-size', `${Number(m.fontSize)}px`);
        root.setProperty('--cr-line-height', String(Number(m.lineHeight)));
        root.setProperty('--cr-measure', `${Number(m.measure)}ch`);
        break;
      }
      case 'reset': {
        const keep = typeof m.offset === 'number' ? m.offset : generation < 0 ? state.offset : offsetAtTop();
        generation = m.generation;
        queue = [];
        done = false;
        closeCard(false);
        content.textContent = '';
        content.setAttribute('aria-busy', 'true');
        content.setAttribute('aria-label', String(m.title));
        pendingOffset = keep;
        state.essayUri = m.essayUri;
        save();
        break;
      }
      case 'chunk':
        if (m.generation === generation) {
          queue.push(String(m.html));
          pump();
        }
        break;
      case 'done':
        if (m.generation === generation) {
          done = true;
          if (!pumping) finish();
        }
        break;
      case 'card':
        if (asked && asked.c === m.c && opener) {
          card.innerHTML = String(m.html);
          card.hidden = false;
          placeCard();
          const first = cardButtons().find((b) => b.getAttribute('data-action') !== 'close');
          (first || card).focus();
        }
        break;
      case 'backlinks': {
        // The rest of an entry's back-links, in place of its "+N more" button.
        const more = m.generation === generation ? content.querySelector(`#ref-${Number(m.ref)} .more-back`) : null;
        if (!more) break;
        const previous = /** @type {HTMLElement | null} */ (more.previousElementSibling);
        more.insertAdjacentHTML('beforebegin', String(m.html));
        const first = /** @type {HTMLElement | null} */ (previous ? previous.nextElementSibling : null);
        more.remove();
        if (first && first.matches('a.back')) first.focus();
        break;
      }
      case 'closeCard':
        closeCard(false);
        break;
      case 'scrollTo':
        if (typeof m.offset === 'number') {
          if (content.getAttribute('aria-busy') === 'true' && !blockAt(m.offset)) pendingOffset = m.offset;
          else scrollToOffset(m.offset);
          state.offset = m.offset;
          save();
        }
        break;
      case 'reveal':
        reveal(`cite-${Number(m.c)}`);
        break;
      case 'notice':
        say(String(m.text));
        break;
    }
  });

  content.addEventListener('click', (event) => {
    const target = /** @type {HTMLElement} */ (event.target);
    const cite = /** @type {HTMLElement | null} */ (target.closest('.cite[tabindex]'));
    if (cite) {
      event.preventDefault();
      openCard(cite);
      return;
    }
    const more = /** @type {HTMLElement | null} */ (target.closest('button.more-back'));
    if (more) {
      vscode.postMessage({ type: 'backlinks', ref: Number(more.getAttribute('data-ref')) });
      return;
    }
    const back = /** @type {HTMLElement | null} */ (target.closest('a.back'));
    if (back) {
      event.preventDefault();
      reveal(String(back.getAttribute('data-target')), true);
    }
  });

  content.addEventListener('keydown', (event) => {
    const target = /** @type {HTMLElement} */ (event.target);
    if ((event.key === 'Enter' || event.key === ' ') && target.matches('.cite[tabindex]')) {
      event.preventDefault();
      openCard(target);
    }
  });

  card.addEventListener('click', (event) => {
    const button = /** @type {HTMLElement | null} */ (/** @type {HTMLElement} */ (event.target).closest('button[data-action]'));
    if (!button) return;
    const action = button.getAttribute('data-action');
    if (action === 'close') {
      closeCard();
      return;
    }
    const number = (/** @type {string} */ name) => (button.hasAttribute(`data-${name}`) ? Number(button.getAttribute(`data-${name}`)) : undefined);
    vscode.postMessage({ type: 'action', action, ref: number('ref'), c: number('c'), w: number('w') });
  });

  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !card.hidden) {
      event.preventDefault();
      closeCard();
      return;
    }
    // Tab stays inside an open card, as in a dialog.
    if (event.key === 'Tab' && !card.hidden && card.contains(/** @type {Node} */ (document.activeElement))) {
      const buttons = cardButtons();
      const at = buttons.indexOf(/** @type {HTMLElement} */ (document.activeElement));
      const next = (at + (event.shiftKey ? -1 : 1) + buttons.length) % buttons.length;
      event.preventDefault();
      buttons[next]?.focus();
    }
  });

  // A click outside the card closes it, as a hover goes when the pointer leaves.
  document.addEventListener('mousedown', (event) => {
    if (!card.hidden && !card.contains(/** @type {Node} */ (event.target)) && event.target !== opener) closeCard(false);
  });

  let scrollTimer = 0;
  window.addEventListener('scroll', () => {
    clearTimeout(scrollTimer);
    scrollTimer = setTimeout(() => {
      // Where the page scrolled itself (following the editor) is not echoed back to it.
      if (ownScrollY !== undefined && Math.abs(window.scrollY - ownScrollY) < 2) return;
      ownScrollY = undefined;
      const offset = offsetAtTop();
      if (offset === undefined) return;
      state.offset = offset;
      save();
      vscode.postMessage({ type: 'scrolled', offset });
    }, 80);
  });

  vscode.postMessage({ type: 'ready', offset: state.offset });
})();
