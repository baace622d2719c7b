/*
 * Cascade — the goal tree dashboard item (issue 14, decision 0018). The AMD module cascade/goal-tree-gadget, defined
 * with no AMD dependencies, answers a constructor the dashboard calls with its API (savePreferences, resize,
 * showLoadingBar, hideLoadingBar, isEditable, closeEdit). The item's server-rendered view is a shell
 * (div.cascade-gadget) naming in data-* attributes where the tree and the configuration form come from and the texts
 * to show; the module never builds text itself.
 * render(context, preferences): fetches GET data-tree-url?goal=&depth=&period= (HTML rendered on the server with
 * only what the reader may see) into the shell; with no goal chosen a reader who may edit the item gets the form.
 * renderEdit(context, preferences): fetches GET data-config-url?… (the form); a change of period fetches it again for
 * that period's goals; Save sends {goal, depth, period} as JSON to POST data-check-url, shows each field error of the
 * answer next to its field, and keeps the answer with API.savePreferences; Cancel calls API.closeEdit.
 */
define('cascade/goal-tree-gadget', [], function () {
    'use strict';

    var FIELDS = ['goal', 'depth', 'period'];
    var made = 0;

    function elementOf(context) {
        return context && context.jquery ? context[0] : context;
    }

    function query(preferences) {
        var parts = [];
        FIELDS.forEach(function (name) {
            var value = preferences && preferences[name];
            if (value !== undefined && value !== null && String(value) !== '') {
                parts.push(name + '=' + encodeURIComponent(String(value)));
            }
        });
        return parts.length ? '?' + parts.join('&') : '';
    }

    function message(target, text, kind) {
        var box = document.createElement('div');
        box.className = 'aui-message aui-message-' + kind + ' cascade-gadget-message';
        var paragraph = document.createElement('p');
        paragraph.textContent = text;
        box.appendChild(paragraph);
        target.textContent = '';
        target.appendChild(box);
    }

    /** The first error's message of an API error answer, or the shell's data-failed. */
    function failure(response, fallback) {
        return response.json().then(function (body) {
            var first = body && body.errors && body.errors[0];
            return first && first.message ? first.message : fallback;
        }, function () {
            return fallback;
        });
    }

    function GoalTreeGadget(API) {
        made += 1;
        this.API = API;
        this.shell = null;
        // The configuration form's ids start with this, so that two items on one dashboard never share one.
        this.formId = 'cascade-gadget-' + made;
    }

    /** The item's shell: in the element given, or the one seen before (put back when the element lost it). */
    GoalTreeGadget.prototype.shellIn = function (context) {
        var element = elementOf(context);
        var shell = element.classList && element.classList.contains('cascade-gadget') ? element
            : element.querySelector('.cascade-gadget');
        if (shell) {
            this.shell = shell;
        } else if (this.shell) {
            element.textContent = '';
            element.appendChild(this.shell);
        } else {
            throw new Error('cascade/goal-tree-gadget: the item view (div.cascade-gadget) is missing');
        }
        return this.shell;
    };

    GoalTreeGadget.prototype.fetchInto = function (shell, url) {
        var API = this.API;
        API.showLoadingBar();
        return fetch(url, {credentials: 'same-origin', headers: {'Accept': 'text/html'}}).then(function (response) {
            if (response.ok) {
                return response.text().then(function (html) {
                    // HTML the plugin's templates rendered, every stored text escaped on the server.
                    shell.innerHTML = html;
                    return true;
                });
            }
            return failure(response, shell.getAttribute('data-failed')).then(function (text) {
                message(shell, text, 'error');
                return false;
            });
        }, function () {
            message(shell, shell.getAttribute('data-failed'), 'error');
            return false;
        }).then(function (shown) {
            API.hideLoadingBar();
            API.resize();
            return shown;
        });
    };

    GoalTreeGadget.prototype.render = function (context, preferences) {
        var shell = this.shellIn(context);
        if ((!preferences || !preferences.goal) && this.API.isEditable()) {
            this.renderEdit(context, preferences || {});
            return;
        }
        this.fetchInto(shell, shell.getAttribute('data-tree-url') + query(preferences));
    };

    GoalTreeGadget.prototype.renderEdit = function (context, preferences) {
        var self = this;
        var shell = this.shellIn(context);
        if (!this.API.isEditable()) {
            this.API.closeEdit();
            return;
        }
        var url = shell.getAttribute('data-config-url') + query(preferences);
        url += (url.indexOf('?') < 0 ? '?' : '&') + 'form=' + this.formId;
        this.fetchInto(shell, url).then(function (shown) {
            var form = shown && shell.querySelector('form.cascade-gadget-config');
            if (form) {
                self.bind(shell, form);
            }
        });
    };

    function choices(form) {
        var chosen = {};
        FIELDS.forEach(function (name) {
            chosen[name] = form.elements[name] ? form.elements[name].value : '';
        });
        return chosen;
    }

    /** Empties every error of the form (each field's and the form's own) and marks no field invalid. */
    function clearErrors(form) {
        Array.prototype.forEach.call(form.querySelectorAll('.cascade-field-error, .cascade-form-error, '
            + '[aria-invalid]'), function (element) {
            if (element.hasAttribute('aria-invalid')) {
                element.removeAttribute('aria-invalid');
            } else {
                element.textContent = '';
            }
        });
        form.querySelector('.cascade-form-error').hidden = true;
    }

    function showErrors(form, errors) {
        var general = form.querySelector('.cascade-form-error');
        var focused = false;
        errors.forEach(function (error) {
            var slot = error.field ? form.querySelector('.cascade-field-error[data-field="' + error.field + '"]') : null;
            var field = error.field && form.elements[error.field];
            if (slot && field) {
                slot.textContent = error.message;
                field.setAttribute('aria-invalid', 'true');
                if (!focused) {
                    field.focus();
                    focused = true;
                }
            } else {
                general.textContent = (general.textContent ? general.textContent + ' ' : '') + error.message;
                general.hidden = false;
            }
        });
    }

    GoalTreeGadget.prototype.bind = function (shell, form) {
        var self = this;
        var API = this.API;
        form.elements.period.addEventListener('change', function () {
            self.renderEdit(shell, choices(form));
        });
        form.querySelector('.cascade-gadget-cancel').addEventListener('click', function () {
            API.closeEdit();
        });
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            clearErrors(form);
            var save = form.querySelector('.cascade-gadget-save');
            save.disabled = true;
            fetch(form.getAttribute('data-check-url'), {
                method: 'POST',
                credentials: 'same-origin',
                headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
                body: JSON.stringify(choices(form))
            }).then(function (response) {
                return response.json().then(function (body) {
                    return {ok: response.ok, body: body};
                });
            }).then(function (answer) {
                save.disabled = false;
                if (answer.ok) {
                    API.savePreferences({goal: answer.body.goal, depth: answer.body.depth,
                        period: answer.body.period});
                } else {
                    showErrors(form, (answer.body && answer.body.errors) || [{message: form.getAttribute('data-failed')}]);
                }
            }, function () {
                save.disabled = false;
                showErrors(form, [{message: form.getAttribute('data-failed')}]);
            });
        });
    };

    return GoalTreeGadget;
});
