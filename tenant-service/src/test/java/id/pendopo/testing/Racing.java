package id.pendopo.testing;

import jakarta.persistence.EntityManager;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

/**
 * Races without threads or sleeping: an EntityManager that lets {@code other} (another writer's committed
 * transaction) happen right before the first {@code flush}, i.e. between a service's check and its write.
 */
public final class Racing {

    private Racing() {
    }

    public static EntityManager beforeFirstFlush(EntityManager em, Runnable other) {
        boolean[] raced = {false};
        return (EntityManager) Proxy.newProxyInstance(Racing.class.getClassLoader(), new Class<?>[] {EntityManager.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("flush") && !raced[0]) {
                        raced[0] = true;
                        other.run();
                    }
                    try {
                        return method.invoke(em, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
