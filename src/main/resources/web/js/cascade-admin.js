/*
 * Cascade — the administration page. Each form.cascade-admin-form is sent as JSON to its data-target with its
 * data-method; field names are paths ("levels[0].key", "processScale.min"); data-type "number"/"integer" sends
 * numbers, "nullable" null when empty, "checkbox" true or false, "list" the words of a comma- or space-separated list;
 * other empty fields are left out, and array rows left wholly empty are dropped. {person} in data-target is the value
 * of the field with data-path-field="person" (the managers form, whose data-load fills the list and version). Every
 * error of the answer ({"errors":[{field,message}]}) is shown next to the field it names, or above the form; a 409
 * shows what is stored now (its "current") beside what the form holds, and takes its version, so saving again
 * replaces it knowingly. The scheme form's preview is fetched from its data-preview as the fields change. The rules are
 * the server's; strings come from the page's data-* attributes.
 */
(function () {
    'use strict';

    var PATH = /[^.[\]]+|\[(\d+)\]/g;

    function steps(name) {
        var out = [];
        name.replace(PATH, function (all, index) {
            out.push(index === undefined ? all : Number(index));
        });
        return out;
    }

    function valueOf(field) {
        var type = field.getAttribute('data-type');
        var text = (field.value || '').trim();
        if (type === 'checkbox') {
            return field.checked;
        }
        if (type === 'list') {
            return text.split(/[\s,]+/).filter(Boolean);
        }
        if (text === '') {
            return type === 'nullable' ? null : undefined;
        }
        if (type === 'number' || type === 'integer') {
            var number = Number(text.replace(/,/g, ''));
            return isNaN(number) ? text : number;
        }
        return text;
    }

    function compact(value) {
        if (Array.isArray(value)) {
            return value.filter(function (item) {
                return item !== undefined && !(item && typeof item === 'object' && !Array.isArray(item)
                    && Object.keys(item).length === 0);
            }).map(compact);
        }
        if (value && typeof value === 'object') {
            Object.keys(value).forEach(function (key) {
                value[key] = compact(value[key]);
            });
        }
        return value;
    }

    function body(form, withVersion) {
        var json = {};
        Array.prototype.forEach.call(form.elements, function (field) {
            if (!field.name || (field.name === 'version' && !withVersion)) {
                return;
            }
            var path = steps(field.name);
            var target = json;
            for (var i = 0; i < path.length - 1; i++) {
                if (target[path[i]] === undefined) {
                    target[path[i]] = typeof path[i + 1] === 'number' ? [] : {};
                }
                target = target[path[i]];
            }
            var value = valueOf(field);
            if (value !== undefined) {
                target[path[path.length - 1]] = value;
            }
        });
        return compact(json);
    }

    function at(value, path) {
        return path.reduce(function (here, step) {
            return here === undefined || here === null ? undefined : here[step];
        }, value);
    }

    function page() {
        return document.querySelector('.cascade-admin');
    }

    function target(form, attribute) {
        var person = form.querySelector('[data-path-field="person"]');
        return form.getAttribute(attribute).replace('{person}', encodeURIComponent(person ? person.value.trim() : ''));
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

    function showErrors(form, errors) {
        var general = form.querySelector('.cascade-form-error');
        var unplaced = [];
        errors.forEach(function (error) {
            var field = error.field || '';
            var place = null;
            var best = -1;
            form.querySelectorAll('[data-error-for]').forEach(function (candidate) {
                var name = candidate.getAttribute('data-error-for');
                var fits = field === name || field.indexOf(name + '.') === 0 || field.indexOf(name + '[') === 0;
                if (fits && name.length > best) {
                    place = candidate;
                    best = name.length;
                }
            });
            if (place) {
                place.textContent = (place.textContent ? place.textContent + ' ' : '') + error.message;
                var input = document.getElementById(place.id.replace(/-error$/, ''));
                if (input) {
                    input.setAttribute('aria-invalid', 'true');
                }
            } else {
                unplaced.push(error.message);
            }
        });
        if (unplaced.length) {
            general.textContent = unplaced.join(' ');
            general.hidden = false;
        }
        var first = form.querySelector('[aria-invalid="true"]');
        (first || general).focus();
    }

    function labelOf(field) {
        var label = field.id ? document.querySelector('label[for="' + field.id + '"]') : null;
        return label ? label.textContent.trim() : (field.getAttribute('aria-label') || field.name);
    }

    function shown(value) {
        if (value === undefined || value === null || value === '') {
            return '—';
        }
        return Array.isArray(value) ? value.join(', ') : String(value);
    }

    /** The fields whose stored value differs from the form's, as "label: yours → stored". */
    function differences(form, current) {
        var mine = body(form, false);
        var lines = [];
        Array.prototype.forEach.call(form.elements, function (field) {
            if (!field.name || field.name === 'version' || field.type === 'hidden') {
                return;
            }
            var path = steps(field.name);
            var yours = at(mine, path);
            var stored = at(current, path);
            if (JSON.stringify(yours === undefined ? null : yours) !== JSON.stringify(stored === undefined
                ? null : stored)) {
                lines.push(labelOf(field) + ': ' + shown(yours) + ' → ' + shown(stored));
            }
        });
        return lines;
    }

    function stale(form, current) {
        var general = form.querySelector('.cascade-form-error');
        var root = page();
        general.textContent = '';
        var intro = document.createElement('p');
        intro.textContent = root.getAttribute('data-stale');
        general.appendChild(intro);
        var list = document.createElement('ul');
        list.className = 'cascade-admin-stale-changes';
        var lines = differences(form, current);
        (lines.length ? lines : [root.getAttribute('data-stale-now')]).forEach(function (line) {
            var item = document.createElement('li');
            item.textContent = line;
            list.appendChild(item);
        });
        general.appendChild(list);
        general.hidden = false;
        form.querySelector('[name="version"]').value = current.version;
        general.focus();
    }

    function announce(text) {
        var status = document.querySelector('.cascade-admin-status');
        status.textContent = text;
        status.classList.add('aui-message', 'aui-message-success');
    }

    function send(form, method, url, json) {
        return fetch(url, {
            method: method,
            credentials: 'same-origin',
            headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
            body: json === undefined ? undefined : JSON.stringify(json)
        }).then(function (response) {
            return response.text().then(function (text) {
                var answer = null;
                try {
                    answer = text ? JSON.parse(text) : {};
                } catch (e) {
                    answer = null;
                }
                return {status: response.status, ok: response.ok, answer: answer};
            });
        });
    }

    function failed(form, result) {
        if (result.status === 409 && result.answer && result.answer.current) {
            stale(form, result.answer.current);
        } else {
            showErrors(form, result.answer && result.answer.errors ? result.answer.errors
                : [{field: null, message: page().getAttribute('data-failed')}]);
        }
    }

    function submit(form) {
        clearErrors(form);
        var status = document.querySelector('.cascade-admin-status');
        status.textContent = '';
        status.classList.remove('aui-message', 'aui-message-success');
        var button = form.querySelector('button[type="submit"]');
        button.disabled = true;
        button.setAttribute('aria-busy', 'true');
        send(form, form.getAttribute('data-method') || 'PUT', target(form, 'data-target'), body(form, true))
            .then(function (result) {
                if (result.ok) {
                    form.querySelector('[name="version"]').value = result.answer.version;
                    announce(page().getAttribute('data-saved'));
                } else {
                    failed(form, result);
                }
            }).catch(function () {
                showErrors(form, [{field: null, message: page().getAttribute('data-failed')}]);
            }).finally(function () {
                button.disabled = false;
                button.removeAttribute('aria-busy');
            });
    }

    function load(form) {
        clearErrors(form);
        var list = form.querySelector('[name="managers"]');
        var save = form.querySelector('button[type="submit"]');
        send(form, 'GET', target(form, 'data-load')).then(function (result) {
            if (result.ok) {
                list.value = result.answer.managers.join(', ');
                form.querySelector('[name="version"]').value = result.answer.version;
                list.disabled = false;
                save.disabled = false;
                list.focus();
            } else {
                list.disabled = true;
                save.disabled = true;
                showErrors(form, (result.answer && result.answer.errors ? result.answer.errors
                    : [{field: null, message: page().getAttribute('data-failed')}]).map(function (error) {
                    return {field: error.field === 'userKey' || !error.field ? 'person' : error.field,
                        message: error.message};
                }));
            }
        }).catch(function () {
            showErrors(form, [{field: null, message: page().getAttribute('data-failed')}]);
        });
    }

    var timer = null;

    function preview(form) {
        var region = document.getElementById('cascade-admin-preview');
        var status = document.getElementById('cascade-admin-preview-status');
        fetch(form.getAttribute('data-preview'), {
            method: 'POST',
            credentials: 'same-origin',
            headers: {'Content-Type': 'application/json', 'Accept': 'text/html, application/json'},
            body: JSON.stringify(body(form, false))
        }).then(function (response) {
            return response.text().then(function (text) {
                if (response.ok) {
                    var fresh = new DOMParser().parseFromString(text, 'text/html').body;
                    region.replaceChildren.apply(region, Array.prototype.slice.call(fresh.childNodes));
                    status.textContent = '';
                    region.removeAttribute('aria-busy');
                    return;
                }
                var answer = null;
                try {
                    answer = JSON.parse(text);
                } catch (e) {
                    answer = null;
                }
                status.textContent = page().getAttribute('data-preview-waits') + ' ' + (answer && answer.errors
                    ? answer.errors.map(function (error) {
                        return error.message;
                    }).join(' ') : '');
            });
        }).catch(function () {
            status.textContent = page().getAttribute('data-failed');
        });
    }

    function base64(buffer) {
        var bytes = new Uint8Array(buffer);
        var text = '';
        for (var i = 0; i < bytes.length; i += 0x8000) {
            text += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
        }
        return window.btoa(text);
    }

    function listErrors(form, messages) {
        var general = form.querySelector('.cascade-form-error');
        general.textContent = '';
        var list = document.createElement('ul');
        messages.forEach(function (message) {
            var item = document.createElement('li');
            item.textContent = message;
            list.appendChild(item);
        });
        general.appendChild(list);
        general.hidden = false;
        general.focus();
    }

    /** The CSV import: the file's bytes as base64 JSON; every problem listed by row and column, or the count. */
    function importFile(form) {
        var general = form.querySelector('.cascade-form-error');
        general.textContent = '';
        general.hidden = true;
        var file = form.querySelector('input[type="file"]').files[0];
        var read = file ? file.arrayBuffer() : Promise.resolve(new ArrayBuffer(0));
        read.then(function (buffer) {
            return send(form, 'POST', form.getAttribute('data-target'), {file: base64(buffer)});
        }).then(function (result) {
            if (result.ok) {
                announce(form.getAttribute('data-imported').replace('{0}', result.answer.imported));
            } else {
                listErrors(form, result.answer && result.answer.errors ? result.answer.errors.map(function (error) {
                    return error.message;
                }) : [page().getAttribute('data-failed')]);
            }
        }).catch(function () {
            listErrors(form, [page().getAttribute('data-failed')]);
        });
    }

    document.addEventListener('submit', function (event) {
        if (event.target.matches('form.cascade-admin-import-form')) {
            event.preventDefault();
            importFile(event.target);
            return;
        }
        var form = event.target.closest('form.cascade-admin-form');
        if (form) {
            event.preventDefault();
            submit(form);
        }
    });

    document.addEventListener('click', function (event) {
        var button = event.target.closest('.cascade-admin-load');
        if (button) {
            event.preventDefault();
            load(button.form);
        }
    });

    document.addEventListener('keydown', function (event) {
        if (event.key === 'Enter' && event.target.matches('[data-path-field]')) {
            event.preventDefault();
            load(event.target.form);
        }
    });

    document.addEventListener('input', function (event) {
        var form = event.target.form;
        if (form && form.hasAttribute('data-preview')) {
            window.clearTimeout(timer);
            timer = window.setTimeout(function () {
                preview(form);
            }, 250);
        }
    });
}());
