/*
 * Nithet: the few ARIA repairs PrimeFaces 15's own markup needs to pass axe-core's WCAG 2.1 AA rules (#19,
 * docs/accessibility.md). Runs once and again after every Ajax update that re-renders a widget.
 *
 * - A multiple autocomplete (tags) draws its chosen tags as <li> in a <ul role="listbox"> whose children are not
 *   options: screen readers announce an empty list box. It is a list of tags with the input at its end.
 * - Quill (the rich-text editor) turns each toolbar <select> into a picker whose button has no name; the name
 *   waits in the select's data-label, which Quill copies onto the picker.
 * - A file upload hides its <input type="file"> from screen readers but leaves it in the Tab order; its visible
 *   "choose" button is the one the keyboard uses.
 */
(function () {
    function repair(root) {
        root.querySelectorAll('.ui-autocomplete-multiple-container[role="listbox"]').forEach(function (list) {
            list.setAttribute('role', 'list');
            list.removeAttribute('aria-orientation');
        });
        root.querySelectorAll('.ql-picker[data-label] > .ql-picker-label:not([aria-label])').forEach(function (button) {
            button.setAttribute('aria-label', button.parentNode.getAttribute('data-label'));
            button.setAttribute('title', button.parentNode.getAttribute('data-label'));
        });
        root.querySelectorAll('input[type="file"][aria-hidden="true"]').forEach(function (input) {
            input.setAttribute('tabindex', '-1');
        });
    }
    repair(document);
    new MutationObserver(function (changes) {
        changes.forEach(function (change) {
            change.addedNodes.forEach(function (node) {
                if (node.nodeType === 1) {
                    repair(node.parentNode || node);
                }
            });
        });
    }).observe(document.body, {childList: true, subtree: true});
})();
