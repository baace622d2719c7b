/*
 * Cascade — the Goals page's dialogs. A button with class cascade-dialog-open opens the AUI dialog2 its data-dialog
 * names; the dialog's form (class cascade-form) is sent as JSON to its data-url, where {name} is the opening button's
 * data-name (data-key-result-id → {keyResultId}). Field names with dots nest (period.value → {"period":{"value":…}});
 * data-type="number"/"integer" sends numbers, "percent" a per-cent typed as its fraction (90 → 0.9), "boolean"
 * true or false, "json" the JSON written in the field,
 * "empty-list" an empty list, "link-epic"/"link-issue" each key of a comma-separated list as {"epic":key} /
 * {"issue":key} and "link-jql" the query as {"jql":…}, added to the list the name names; empty fields and fields of
 * another kind (a field-group whose data-kind does not list the chosen data-kind-switch value) are left out. Each
 * error of the
 * answer ({"errors":[{field,message}]}) is shown next to the field it names, or above the form; the rules are the
 * server's. On success the page reloads (data-success="reload") or opens the created goal (data-success="goal");
 * data-success="update" (a check-in, a target adjusted or decided) replaces what changed with fragments the server
 * renders by the page's own templates (GET …/views/tree/rows, …/views/mine, …/views/goal/{id}): in the cascade tree
 * the rows of the key result's goal and of every goal above it on the page (every row of a goal that appears in a
 * path leading to the key result's goal; a goal above it only through a branch not loaded on the page keeps its
 * figure until the next load), each keeping whether it was expanded or hidden; My goals and a goal's page their
 * sections; a person's appraisal (a step taken, GET …/views/appraisal/person/{user}) its section. Focus returns to
 * the button that opened the dialog (its new copy) or, after an appraisal step, to the goal's next step or else the
 * section's heading, and the page's status region (role="status") says what was saved (the form's data-saved, translated by the
 * server). Where the view cannot be updated so (another view, a failed fetch), the page reloads as before.
 * A file field (input type="file") is sent as its bytes in base64 under its name (the goals import); a form with
 * data-errors="list" lists every error it cannot place next to a field, one per line; a form with
 * data-saved-after-reload has the next page in this tab say what it saved ({0}: the answer's "imported" count).
 */
(function () {
    'use strict';

    var opener = null;

    function dialogOf(element) {
        return window.AJS && AJS.dialog2 ? AJS.dialog2(element) : null;
    }

    function fill(form, button) {
        form.setAttribute('data-target', form.getAttribute('data-url').replace(/\{(\w+)\}/g, function (all, name) {
            return encodeURIComponent(button.dataset[name] || '');
        }));
        form.querySelectorAll('[data-fill]').forEach(function (target) {
            target.textContent = button.dataset[target.getAttribute('data-fill')] || '';
        });
        form.querySelectorAll('[data-from]').forEach(function (field) {
            var from = button.dataset[field.getAttribute('data-from')];
            field.value = from === undefined ? field.defaultValue : from;
        });
    }

    function clearErrors(form) {
        form.querySelectorAll('.cascade-field-error').forEach(function (error) {
            error.textContent = '';
        });
        form.querySelectorAll('[aria-invalid]').forEach(function (field) {
            field.removeAttribute('aria-invalid');
        });
        var general = form.querySelector('.cascade-form-error');
        general.textContent = '';
        general.hidden = true;
    }

    var LINKS = {'link-epic': 'epic', 'link-issue': 'issue'};

    function showKinds(form) {
        var kindSwitch = form.querySelector('[data-kind-switch]');
        if (!kindSwitch) {
            return;
        }
        form.querySelectorAll('[data-kind]').forEach(function (group) {
            group.hidden = group.getAttribute('data-kind').split(' ').indexOf(kindSwitch.value) < 0;
        });
    }

    function valueOf(field, type) {
        var text = field.value.trim();
        if (type === 'empty-list') {
            return [];
        }
        if (text === '') {
            return undefined;
        }
        if (type === 'number' || type === 'integer') {
            var number = Number(text.replace(/,/g, ''));
            return isNaN(number) || (type === 'integer' && number % 1 !== 0) ? text : number;
        }
        if (type === 'percent') {
            // A per-cent typed by a person ("90", "85.5 %") sent as the fraction the API takes (0.9, 0.855).
            var percent = Number(text.replace(/[,%\s]/g, ''));
            return isNaN(percent) ? text : Math.round(percent * 100) / 10000;
        }
        if (type === 'boolean') {
            return text === 'true' ? true : text === 'false' ? false : text;
        }
        if (type === 'json') {
            try {
                return JSON.parse(text);
            } catch (e) {
                return text;
            }
        }
        if (LINKS[type]) {
            return text.split(/[\s,]+/).filter(Boolean).map(function (key) {
                var link = {};
                link[LINKS[type]] = key;
                return link;
            });
        }
        if (type === 'link-jql') {
            return [{jql: text}];
        }
        return text;
    }

    function body(form) {
        var json = {};
        Array.prototype.forEach.call(form.elements, function (field) {
            if (!field.name || field.disabled || field.type === 'file' || field.closest('[data-kind][hidden]')) {
                return;
            }
            var type = field.getAttribute('data-type');
            var value = valueOf(field, type);
            if (value === undefined) {
                return;
            }
            var parts = field.name.split('.');
            var target = json;
            for (var i = 0; i < parts.length - 1; i++) {
                target[parts[i]] = target[parts[i]] || {};
                target = target[parts[i]];
            }
            var last = parts[parts.length - 1];
            if (type && type.indexOf('link-') === 0 && Array.isArray(target[last])) {
                target[last] = target[last].concat(value);
            } else {
                target[last] = value;
            }
        });
        return json;
    }

    /** The form's chosen files, each as [its field's name, its bytes in base64], for the JSON body. */
    function readFiles(form) {
        return Promise.all(Array.prototype.filter.call(form.elements, function (field) {
            return field.type === 'file' && field.name && field.files && field.files.length;
        }).map(function (field) {
            return new Promise(function (resolve, reject) {
                var reader = new FileReader();
                reader.onload = function () {
                    resolve([field.name, String(reader.result).replace(/^[^,]*,/, '')]);
                };
                reader.onerror = reject;
                reader.readAsDataURL(field.files[0]);
            });
        }));
    }

    /** A form with data-errors="list" lists every message it cannot place (an import's problems, row by row). */
    function showGeneral(form, general, messages) {
        if (form.getAttribute('data-errors') === 'list' && messages.length > 1) {
            var list = document.createElement('ul');
            messages.forEach(function (message) {
                var item = document.createElement('li');
                item.textContent = message;
                list.appendChild(item);
            });
            general.textContent = '';
            general.appendChild(list);
        } else {
            general.textContent = messages.join(' ');
        }
        general.hidden = false;
    }

    function showErrors(form, errors) {
        var general = form.querySelector('.cascade-form-error');
        var unplaced = [];
        errors.forEach(function (error) {
            var field = error.field || '';
            var place = null;
            form.querySelectorAll('[data-error-for]').forEach(function (candidate) {
                var name = candidate.getAttribute('data-error-for');
                if (!place && (field === name || field.indexOf(name + '.') === 0 || field.indexOf(name + '[') === 0)) {
                    place = candidate;
                }
            });
            if (place) {
                place.textContent = error.message;
                var input = form.querySelector('#' + place.id.replace(/-error$/, ''));
                if (input) {
                    input.setAttribute('aria-invalid', 'true');
                }
            } else {
                unplaced.push(error.message);
            }
        });
        if (unplaced.length) {
            showGeneral(form, general, unplaced);
        }
        var first = form.querySelector('[aria-invalid="true"]');
        (first || general).focus && (first || general).focus();
    }

    var MAX_ROWS = 50;

    /** The page's frame: its view, project, period and REST base, as the server wrote them. */
    function pageFrame() {
        return document.querySelector('section.cascade-goals[data-view]');
    }

    function fetchHtml(url) {
        return fetch(url, {credentials: 'same-origin', headers: {'Accept': 'text/html'}}).then(function (response) {
            if (!response.ok) {
                throw new Error(String(response.status));
            }
            return response.text();
        }).then(function (html) {
            var template = document.createElement('template');
            template.innerHTML = html.trim();
            return template.content;
        });
    }

    function query(frame, period) {
        return '?project=' + encodeURIComponent(frame.getAttribute('data-project-key') || '')
            + '&period=' + encodeURIComponent(period);
    }

    function rowAt(selector, path, keyResultId) {
        return Array.prototype.find.call(document.querySelectorAll(selector), function (row) {
            return row.getAttribute('data-path') === path
                && (keyResultId === undefined || row.getAttribute('data-key-result-id') === keyResultId);
        });
    }

    /** Replaces a tree row by its fresh copy, keeping what the reader changed: expanded, hidden, loaded. */
    function replaceRow(old, fresh) {
        fresh.hidden = old.hidden;
        if (fresh.classList.contains('cascade-tree-goal')) {
            fresh.classList.toggle('cascade-tree-path', old.classList.contains('cascade-tree-path'));
            if (old.hasAttribute('aria-expanded') && fresh.hasAttribute('aria-expanded')) {
                var expanded = old.getAttribute('aria-expanded') === 'true';
                fresh.setAttribute('aria-expanded', String(expanded));
                fresh.setAttribute('data-children-url', old.getAttribute('data-children-url') || '');
                var icon = fresh.querySelector('.cascade-tree-toggle .aui-icon');
                if (icon) {
                    icon.classList.toggle('aui-iconfont-chevron-down', expanded);
                    icon.classList.toggle('aui-iconfont-chevron-right', !expanded);
                }
            }
        }
        old.replaceWith(fresh);
    }

    /** The tree: the rows of the key result's goal and of the goals above it, wherever they are on the page. */
    function refreshTree(frame, opener) {
        var row = opener.closest('tr.cascade-tree-kr');
        if (!row) {
            return Promise.resolve(null);
        }
        var goalId = row.getAttribute('data-goal-id');
        var above = {};
        document.querySelectorAll('tr.cascade-tree-goal').forEach(function (goal) {
            if (goal.getAttribute('data-goal-id') === goalId) {
                goal.getAttribute('data-path').split('/').forEach(function (id) {
                    above[id] = true;
                });
            }
        });
        var paths = [];
        document.querySelectorAll('tr.cascade-tree-goal').forEach(function (goal) {
            var path = goal.getAttribute('data-path');
            if (above[goal.getAttribute('data-goal-id')] && paths.indexOf(path) < 0 && paths.length < MAX_ROWS) {
                paths.push(path);
            }
        });
        if (!paths.length) {
            return Promise.resolve(null);
        }
        var url = frame.getAttribute('data-rest-base') + '/views/tree/rows'
            + query(frame, frame.getAttribute('data-period') || '') + paths.map(function (path) {
                return '&path=' + encodeURIComponent(path);
            }).join('');
        return fetchHtml(url).then(function (fragment) {
            Array.prototype.slice.call(fragment.children).forEach(function (fresh) {
                var path = fresh.getAttribute('data-path');
                var old = fresh.classList.contains('cascade-tree-goal') ? rowAt('tr.cascade-tree-goal', path)
                    : rowAt('tr.cascade-tree-kr', path, fresh.getAttribute('data-key-result-id'));
                if (old) {
                    replaceRow(old, fresh);
                }
            });
            return rowAt('tr.cascade-tree-kr', row.getAttribute('data-path'), row.getAttribute('data-key-result-id'));
        });
    }

    /** The button that opened the dialog, in its new copy: the same dialog for the same key result. */
    function sameButton(opener) {
        var keyResultId = opener.getAttribute('data-key-result-id');
        var dialog = opener.getAttribute('data-dialog');
        return function () {
            return Array.prototype.find.call(document.querySelectorAll('.cascade-dialog-open'), function (button) {
                return button.getAttribute('data-dialog') === dialog
                    && button.getAttribute('data-key-result-id') === keyResultId;
            });
        };
    }

    /**
     * A person's appraisal after a step: the goal's next step (its first button) if the reader has one, else the
     * section's heading.
     */
    function nextStep(opener) {
        var goalId = opener.getAttribute('data-goal-id');
        return function () {
            var goal = goalId && document.querySelector('tbody.cascade-appraisal-goal[data-goal-id="'
                + goalId.replace(/[^0-9]/g, '') + '"]');
            return (goal && goal.querySelector('.cascade-dialog-open'))
                || document.querySelector('section.cascade-appraisal-person .cascade-appraisal-title');
        };
    }

    /**
     * My goals, a goal's page or a person's appraisal: its sections, replaced whole (nothing in them is expanded or
     * loaded later); resolves to what {@code focusOf} finds in the new copy, else the first section.
     */
    function refreshSections(url, selectors, focusOf) {
        return fetchHtml(url).then(function (fragment) {
            var replaced = 0;
            selectors.forEach(function (selector) {
                var old = document.querySelector(selector);
                var fresh = fragment.querySelector(selector);
                if (old && fresh) {
                    old.replaceWith(fresh);
                    replaced++;
                }
            });
            if (!replaced) {
                throw new Error('nothing to replace');
            }
            return focusOf() || document.querySelector(selectors[0]);
        });
    }

    /** Updates the view in place after a change; resolves to the element to focus, or null when it cannot. */
    function refresh(opener) {
        var frame = pageFrame();
        if (!frame || !opener || !window.fetch || !window.Promise) {
            return Promise.resolve(null);
        }
        var view = frame.getAttribute('data-view');
        var base = frame.getAttribute('data-rest-base');
        if (view === 'tree') {
            return refreshTree(frame, opener);
        }
        if (view === 'mine') {
            return refreshSections(base + '/views/mine' + query(frame, frame.getAttribute('data-period-or-year')),
                ['section.cascade-mine'], sameButton(opener));
        }
        var goal = document.querySelector('.cascade-goal-actions[data-goal-id]');
        if (view === 'goal' && goal) {
            return refreshSections(base + '/views/goal/' + encodeURIComponent(goal.getAttribute('data-goal-id'))
                + query(frame, frame.getAttribute('data-period') || ''),
                ['section.cascade-goal-page', 'section.cascade-goal-act'], sameButton(opener));
        }
        var person = document.querySelector('section.cascade-appraisal-person[data-person]');
        if (view === 'appraisal' && person) {
            return refreshSections(base + '/views/appraisal/person/'
                + encodeURIComponent(person.getAttribute('data-person'))
                + query(frame, frame.getAttribute('data-period') || ''), ['section.cascade-appraisal-person'],
                nextStep(opener));
        }
        return Promise.resolve(null);
    }

    /** Says what was saved in the page's status region, for every reader. */
    function announce(text) {
        var status = document.querySelector('.cascade-saved-message');
        if (!status || !text) {
            return;
        }
        status.textContent = text;
        status.classList.add('aui-message', 'aui-message-success');
    }

    var SAVED_KEY = 'cascade-saved-after-reload';

    /**
     * A form with data-saved-after-reload says what it saved once the page has reloaded ({0}: the answer's
     * "imported" count), through the status region of the page that loads next in this tab.
     */
    function rememberSaved(form, answer) {
        var text = form.getAttribute('data-saved-after-reload');
        if (text && window.sessionStorage) {
            window.sessionStorage.setItem(SAVED_KEY, text.replace('{0}',
                answer && answer.imported !== undefined ? String(answer.imported) : ''));
        }
    }

    function announceRemembered() {
        var text = window.sessionStorage && window.sessionStorage.getItem(SAVED_KEY);
        if (text) {
            window.sessionStorage.removeItem(SAVED_KEY);
            announce(text);
        }
    }

    function updated(form) {
        var target = opener;
        var section = form.closest('.aui-dialog2');
        if (section && dialogOf(section)) {
            dialogOf(section).hide();
        }
        refresh(target).then(function (focus) {
            if (!focus) {
                window.location.reload();
                return;
            }
            announce(form.getAttribute('data-saved'));
            var button = focus.matches('.cascade-dialog-open') ? focus : focus.querySelector('.cascade-dialog-open');
            (button || focus).focus();
        }).catch(function () {
            window.location.reload();
        });
    }

    function submit(form) {
        clearErrors(form);
        var status = document.querySelector('.cascade-saved-message');
        if (status) {
            status.textContent = '';
            status.classList.remove('aui-message', 'aui-message-success');
        }
        var button = form.querySelector('button[type="submit"]');
        button.disabled = true;
        button.setAttribute('aria-busy', 'true');
        readFiles(form).then(function (files) {
            var json = body(form);
            files.forEach(function (file) {
                json[file[0]] = file[1];
            });
            return fetch(form.getAttribute('data-target'), {
                method: form.getAttribute('data-method') || 'POST',
                credentials: 'same-origin',
                headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
                body: JSON.stringify(json)
            });
        }).then(function (response) {
            return response.text().then(function (text) {
                var answer = null;
                try {
                    answer = text ? JSON.parse(text) : {};
                } catch (e) {
                    answer = null;
                }
                if (response.ok) {
                    var success = form.getAttribute('data-success');
                    if (success === 'goal' && answer && answer.id) {
                        window.location.assign(form.getAttribute('data-success-href').replace('{id}', answer.id));
                    } else if (success === 'update') {
                        updated(form);
                    } else {
                        rememberSaved(form, answer);
                        window.location.reload();
                    }
                    return;
                }
                var errors = answer && answer.errors ? answer.errors
                    : [{field: null, message: form.closest('[data-failed]') ? form.closest('[data-failed]')
                        .getAttribute('data-failed') : String(response.status)}];
                showErrors(form, errors);
            });
        }).catch(function () {
            showErrors(form, [{field: null, message: form.closest('[data-failed]').getAttribute('data-failed')}]);
        }).finally(function () {
            button.disabled = false;
            button.removeAttribute('aria-busy');
        });
    }

    document.addEventListener('click', function (event) {
        var open = event.target.closest('.cascade-dialog-open');
        if (open) {
            var element = document.getElementById(open.getAttribute('data-dialog'));
            var form = element && element.querySelector('form.cascade-form');
            var dialog = element && dialogOf(element);
            if (!form || !dialog) {
                return;
            }
            event.preventDefault();
            opener = open;
            form.reset();
            clearErrors(form);
            fill(form, open);
            showKinds(form);
            dialog.show();
            var first = form.querySelector('input:not([type="hidden"]), select, textarea');
            if (first) {
                first.focus();
            }
            return;
        }
        var cancel = event.target.closest('.cascade-dialog-cancel');
        if (cancel) {
            var section = cancel.closest('.aui-dialog2');
            dialogOf(section).hide();
        }
    });

    document.addEventListener('change', function (event) {
        if (event.target.matches('[data-kind-switch]')) {
            showKinds(event.target.form);
        }
    });

    document.addEventListener('submit', function (event) {
        var form = event.target.closest('form.cascade-form');
        if (form) {
            event.preventDefault();
            submit(form);
        }
    });

    /**
     * A table wider than the page scrolls inside its box (.cascade-table-scroll). While it does, the box can be
     * reached with the keyboard and says what it holds (its table's caption or the heading above it), so that
     * keyboard users can scroll it too; boxes that fit stay out of the tab order.
     */
    function reachScrollBoxes() {
        document.querySelectorAll('.cascade-table-scroll').forEach(function (box) {
            if (box.scrollWidth > box.clientWidth + 1) {
                var caption = box.querySelector('caption');
                var heading = box.previousElementSibling;
                while (heading && !/^H[1-6]$/.test(heading.tagName)) {
                    heading = heading.previousElementSibling;
                }
                var label = (caption || heading || box).textContent.trim().replace(/\s+/g, ' ');
                box.setAttribute('tabindex', '0');
                if (label) {
                    box.setAttribute('role', 'region');
                    box.setAttribute('aria-label', label);
                }
            } else if (box.hasAttribute('tabindex')) {
                box.removeAttribute('tabindex');
                box.removeAttribute('role');
                box.removeAttribute('aria-label');
            }
        });
    }

    var reachPending = false;

    function reachScrollBoxesSoon() {
        if (!reachPending) {
            reachPending = true;
            window.requestAnimationFrame(function () {
                reachPending = false;
                reachScrollBoxes();
            });
        }
    }

    function watchScrollBoxes() {
        announceRemembered();
        reachScrollBoxes();
        window.addEventListener('resize', reachScrollBoxesSoon);
        new MutationObserver(reachScrollBoxesSoon).observe(document.body, {childList: true, subtree: true});
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', watchScrollBoxes);
    } else {
        watchScrollBoxes();
    }

    document.addEventListener('aui-layer-hide', function () {
        if (opener && document.body.contains(opener)) {
            opener.focus();
        }
        opener = null;
    }, true);
}());
