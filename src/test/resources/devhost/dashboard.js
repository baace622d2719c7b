/*
 * The dev host's dashboard stand-in (not Jira's): a define/require for AMD modules WITHOUT dependencies (anything
 * else fails loudly), and the dashboard item API of exactly savePreferences, resize, showLoadingBar, hideLoadingBar,
 * isEditable, closeEdit. Each item (section.devhost-dashboard-item) names its module in data-amd-module, its kept
 * preferences (strings) in data-preferences, where to keep them in data-preferences-url and whether the reader may
 * configure it in data-editable; the dashboard calls new Module(API), then render(content, preferences), and
 * renderEdit(content, preferences) from the item's "Configure" menu entry. Content is passed as jQuery, as Jira does.
 */
(function () {
    'use strict';

    var modules = {};

    window.define = function (name, dependencies, factory) {
        if (typeof name !== 'string' || !Array.isArray(dependencies) || typeof factory !== 'function') {
            throw new Error('dev host define: write define("name", [], factory)');
        }
        if (dependencies.length) {
            throw new Error('dev host define: module ' + name + ' asks for ' + dependencies.join(', ')
                + '; the dev host runs only modules without AMD dependencies');
        }
        modules[name] = {factory: factory};
    };

    window.require = function (name) {
        var module = typeof name === 'string' ? modules[name] : null;
        if (!module) {
            throw new Error('dev host require: no module ' + name + ' was defined');
        }
        if (!('value' in module)) {
            module.value = module.factory();
        }
        return module.value;
    };

    function wrap(element) {
        return window.AJS && window.AJS.$ ? window.AJS.$(element) : element;
    }

    function copy(preferences) {
        var copied = {};
        Object.keys(preferences).forEach(function (name) {
            copied[name] = preferences[name];
        });
        return copied;
    }

    function start(section) {
        var content = section.querySelector('.devhost-dashboard-item-content');
        var bar = section.querySelector('.devhost-loading-bar');
        var preferences = JSON.parse(section.getAttribute('data-preferences') || '{}');
        var Module = window.require(section.getAttribute('data-amd-module'));
        var instance;
        var API = {
            savePreferences: function (values) {
                var strings = {};
                Object.keys(values || {}).forEach(function (name) {
                    var value = values[name];
                    strings[name] = value === null || value === undefined ? '' : String(value);
                });
                return fetch(section.getAttribute('data-preferences-url'), {
                    method: 'POST',
                    credentials: 'same-origin',
                    headers: {'Content-Type': 'application/json'},
                    body: JSON.stringify(strings)
                }).then(function (response) {
                    if (!response.ok) {
                        throw new Error('dev host: the preferences were not kept (' + response.status + ')');
                    }
                    preferences = strings;
                    section.setAttribute('data-preferences', JSON.stringify(strings));
                    instance.render(wrap(content), copy(preferences));
                });
            },
            resize: function () {
                // the dev host's columns grow with their content
            },
            showLoadingBar: function () {
                bar.hidden = false;
            },
            hideLoadingBar: function () {
                bar.hidden = true;
            },
            isEditable: function () {
                return section.getAttribute('data-editable') === 'true';
            },
            closeEdit: function () {
                instance.render(wrap(content), copy(preferences));
            }
        };
        instance = new Module(API);
        var configure = section.querySelector('.devhost-item-configure');
        if (configure) {
            configure.addEventListener('click', function () {
                instance.renderEdit(wrap(content), copy(preferences));
            });
        }
        instance.render(wrap(content), copy(preferences));
    }

    document.addEventListener('DOMContentLoaded', function () {
        document.querySelectorAll('.devhost-dashboard-item[data-amd-module]').forEach(function (section) {
            if (section.getAttribute('data-amd-module')) {
                start(section);
            }
        });
    });
}());
