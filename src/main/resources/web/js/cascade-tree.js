/*
 * Cascade — the Goals page's tree: collapse and expand rows, and load the goals below a row the first time it is
 * expanded (rows rendered on the server, from the row's data-children-url). Without this script the tree still shows
 * its first levels and every goal's page; nothing here computes a figure. Also sends the page's GET forms when one of
 * their selects changes (the submit buttons stay for keyboard and no-script use).
 */
(function () {
    'use strict';

    function rowsBelow(row) {
        var path = row.getAttribute('data-path') + '/';
        var goalId = row.getAttribute('data-goal-id');
        var below = [];
        var next = row.nextElementSibling;
        while (next) {
            var nextPath = next.getAttribute('data-path') || '';
            var ownKeyResult = next.classList.contains('cascade-tree-kr') && next.getAttribute('data-goal-id') === goalId
                && nextPath === row.getAttribute('data-path');
            if (!ownKeyResult && nextPath.indexOf(path) !== 0) {
                break;
            }
            below.push(next);
            next = next.nextElementSibling;
        }
        return below;
    }

    function setIcon(row, expanded) {
        var icon = row.querySelector('.cascade-tree-toggle .aui-icon');
        if (icon) {
            icon.classList.toggle('aui-iconfont-chevron-down', expanded);
            icon.classList.toggle('aui-iconfont-chevron-right', !expanded);
        }
    }

    function collapse(row) {
        rowsBelow(row).forEach(function (below) {
            below.hidden = true;
        });
        row.setAttribute('aria-expanded', 'false');
        setIcon(row, false);
    }

    function expand(row) {
        var hiddenBy = [];
        rowsBelow(row).forEach(function (below) {
            var collapsedAbove = hiddenBy.some(function (path) {
                return (below.getAttribute('data-path') || '').indexOf(path) === 0 && below !== row;
            });
            if (!collapsedAbove) {
                below.hidden = false;
            }
            if (below.classList.contains('cascade-tree-goal') && below.getAttribute('aria-expanded') === 'false') {
                hiddenBy.push(below.getAttribute('data-path') + '/');
            }
        });
        row.setAttribute('aria-expanded', 'true');
        setIcon(row, true);
        var url = row.getAttribute('data-children-url');
        if (url) {
            load(row, url);
        }
    }

    function load(row, url) {
        row.setAttribute('data-children-url', '');
        row.setAttribute('aria-busy', 'true');
        fetch(url, {credentials: 'same-origin', headers: {'Accept': 'text/html'}})
            .then(function (response) {
                if (!response.ok) {
                    throw new Error(String(response.status));
                }
                return response.text();
            })
            .then(function (html) {
                var template = document.createElement('template');
                template.innerHTML = html.trim();
                var after = rowsBelow(row);
                var anchor = after.length ? after[after.length - 1] : row;
                anchor.after(template.content);
            })
            .catch(function () {
                row.setAttribute('data-children-url', url);
                row.setAttribute('aria-expanded', 'false');
                setIcon(row, false);
                var failed = row.closest('table').getAttribute('data-load-failed');
                if (failed && window.AJS && AJS.flag) {
                    AJS.flag({type: 'error', body: failed, close: 'auto'});
                }
            })
            .finally(function () {
                row.removeAttribute('aria-busy');
            });
    }

    document.addEventListener('click', function (event) {
        var toggle = event.target.closest('.cascade-tree-toggle');
        if (!toggle) {
            return;
        }
        var row = toggle.closest('tr');
        if (row.getAttribute('aria-expanded') === 'true') {
            collapse(row);
        } else {
            expand(row);
        }
    });

    document.addEventListener('change', function (event) {
        var select = event.target.closest('select.cascade-auto-submit');
        if (select && select.form) {
            select.form.submit();
        }
    });
}());
