/*
 * The link picker (issue 13): an epic or issue field of a link dialog (input[data-picker="epic"|"issue"], an ARIA
 * combobox) asks GET data-picker-url?kind=…&q=… as the person types (debounced) for the epics or issues they may
 * browse whose key or summary matches the text after the field's last comma, and lists them as "KEY — summary" in
 * the listbox its aria-controls names. Up and down arrows move through the list, Enter or a click chooses one (its key
 * replaces the text typed), Escape closes the list. Each match shows its status category in the reader's language
 * (data-picker-to-do, -in-progress, -done). The field still takes typed keys; the server checks every link
 * when the form is sent. Texts come from the field's data-picker-* attributes; the list is built with textContent.
 */
(function () {
    'use strict';

    var DELAY = 250;
    var MIN_LENGTH = 2;
    var MAX_LENGTH = 100;
    var state = new WeakMap();

    function stateOf(input) {
        var current = state.get(input);
        if (!current) {
            current = {timer: null, asked: 0, typed: null};
            state.set(input, current);
        }
        return current;
    }

    function listOf(input) {
        return document.getElementById(input.getAttribute('aria-controls'));
    }

    function statusOf(input) {
        return document.getElementById(input.id + '-status');
    }

    /** The text after the last comma: what the person is typing now. */
    function typed(input) {
        var value = input.value;
        return value.substring(value.lastIndexOf(',') + 1).trim();
    }

    function say(input, text) {
        var status = statusOf(input);
        if (status) {
            status.textContent = text || '';
        }
    }

    function options(input) {
        return Array.prototype.slice.call(listOf(input).querySelectorAll('[role="option"]'));
    }

    function close(input) {
        var list = listOf(input);
        if (list) {
            list.hidden = true;
            list.textContent = '';
        }
        input.setAttribute('aria-expanded', 'false');
        input.removeAttribute('aria-activedescendant');
    }

    function activate(input, index) {
        var all = options(input);
        all.forEach(function (option, i) {
            option.setAttribute('aria-selected', i === index ? 'true' : 'false');
        });
        if (index >= 0 && index < all.length) {
            input.setAttribute('aria-activedescendant', all[index].id);
            all[index].scrollIntoView({block: 'nearest'});
        } else {
            input.removeAttribute('aria-activedescendant');
        }
    }

    function activeIndex(input) {
        var id = input.getAttribute('aria-activedescendant');
        return options(input).findIndex(function (option) {
            return option.id === id;
        });
    }

    function choose(input, key) {
        var value = input.value;
        var comma = value.lastIndexOf(',');
        input.value = comma < 0 ? key : value.substring(0, comma + 1) + ' ' + key;
        close(input);
        say(input, '');
        stateOf(input).typed = typed(input);
        input.focus();
    }

    function show(input, choices) {
        var list = listOf(input);
        list.textContent = '';
        choices.forEach(function (choice, i) {
            var option = document.createElement('li');
            option.id = input.id + '-choice-' + i;
            option.className = 'cascade-picker-option';
            option.setAttribute('role', 'option');
            option.setAttribute('aria-selected', 'false');
            option.setAttribute('data-key', choice.key);
            var key = document.createElement('span');
            key.className = 'cascade-picker-key';
            key.textContent = choice.key;
            option.appendChild(key);
            option.appendChild(document.createTextNode(' \u2014 ' + (choice.summary || '')));
            var category = input.getAttribute('data-picker-' + choice.category) || choice.status;
            if (category) {
                var status = document.createElement('span');
                status.className = 'cascade-picker-meta';
                status.textContent = category;
                option.appendChild(status);
            }
            list.appendChild(option);
        });
        list.hidden = choices.length === 0;
        input.setAttribute('aria-expanded', choices.length ? 'true' : 'false');
        input.removeAttribute('aria-activedescendant');
        say(input, choices.length ? input.getAttribute('data-picker-found').replace('{0}', choices.length)
            : input.getAttribute('data-picker-none'));
    }

    function ask(input) {
        var current = stateOf(input);
        var text = typed(input);
        if (text === current.typed) {
            return;
        }
        current.typed = text;
        if (text.length < MIN_LENGTH || text.length > MAX_LENGTH) {
            close(input);
            say(input, '');
            return;
        }
        var asked = ++current.asked;
        say(input, input.getAttribute('data-picker-searching'));
        fetch(input.getAttribute('data-picker-url') + '?kind=' + encodeURIComponent(input.getAttribute('data-picker'))
            + '&q=' + encodeURIComponent(text), {
            credentials: 'same-origin',
            headers: {'Accept': 'application/json'}
        }).then(function (response) {
            if (!response.ok) {
                throw new Error('status ' + response.status);
            }
            return response.json();
        }).then(function (body) {
            if (asked === current.asked && document.activeElement === input) {
                show(input, body.choices || []);
            }
        }).catch(function () {
            if (asked === current.asked) {
                close(input);
                say(input, input.getAttribute('data-picker-failed'));
            }
        });
    }

    document.addEventListener('input', function (event) {
        var input = event.target;
        if (!input.matches || !input.matches('input[data-picker]')) {
            return;
        }
        var current = stateOf(input);
        clearTimeout(current.timer);
        current.timer = setTimeout(function () {
            ask(input);
        }, DELAY);
    });

    document.addEventListener('keydown', function (event) {
        var input = event.target;
        if (!input.matches || !input.matches('input[data-picker]')) {
            return;
        }
        var open = input.getAttribute('aria-expanded') === 'true';
        var count = open ? options(input).length : 0;
        if (event.key === 'ArrowDown' && count) {
            event.preventDefault();
            activate(input, (activeIndex(input) + 1) % count);
        } else if (event.key === 'ArrowUp' && count) {
            event.preventDefault();
            activate(input, activeIndex(input) <= 0 ? count - 1 : activeIndex(input) - 1);
        } else if (event.key === 'Enter' && open && activeIndex(input) >= 0) {
            event.preventDefault();
            choose(input, options(input)[activeIndex(input)].getAttribute('data-key'));
        } else if (event.key === 'Escape' && open) {
            event.preventDefault();
            event.stopPropagation();
            close(input);
        }
    }, true);

    document.addEventListener('mousedown', function (event) {
        if (event.target.closest && event.target.closest('.cascade-picker-option')) {
            event.preventDefault(); // keep the focus in the field
        }
    });

    document.addEventListener('click', function (event) {
        var option = event.target.closest && event.target.closest('.cascade-picker-option');
        if (option) {
            var list = option.closest('.cascade-picker-list');
            var input = document.querySelector('input[aria-controls="' + list.id + '"]');
            if (input) {
                choose(input, option.getAttribute('data-key'));
            }
        }
    });

    document.addEventListener('focusout', function (event) {
        var input = event.target;
        if (input.matches && input.matches('input[data-picker]')) {
            setTimeout(function () {
                if (document.activeElement !== input) {
                    close(input);
                }
            }, 150);
        }
    });

    document.addEventListener('reset', function (event) {
        event.target.querySelectorAll && event.target.querySelectorAll('input[data-picker]').forEach(function (input) {
            close(input);
            say(input, '');
            stateOf(input).typed = null;
        });
    });
}());
