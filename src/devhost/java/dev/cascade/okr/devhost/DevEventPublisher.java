package dev.cascade.okr.devhost;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The dev host's event bus: delivers each published event synchronously to every registered {@code @EventListener}
 * method whose parameter type accepts it, as atlassian-event does for synchronous listeners.
 */
public final class DevEventPublisher implements EventPublisher {

    private final List<Object> listeners = new CopyOnWriteArrayList<>();

    @Override
    public void register(Object listener) {
        listeners.add(listener);
    }

    @Override
    public void unregister(Object listener) {
        listeners.remove(listener);
    }

    @Override
    public void publish(Object event) {
        for (Object listener : listeners) {
            for (Method method : listener.getClass().getMethods()) {
                if (method.isAnnotationPresent(EventListener.class) && method.getParameterCount() == 1
                        && method.getParameterTypes()[0].isInstance(event)) {
                    try {
                        method.invoke(listener, event);
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException("cannot call listener " + method, e);
                    } catch (InvocationTargetException e) {
                        throw new IllegalStateException("listener " + method + " failed", e.getCause());
                    }
                }
            }
        }
    }
}
