package th.nithet.platform.metrics;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * How many connections of the portal's pool are in use and free, read from Payara's own pool manager.
 * <p>
 * Payara publishes pool figures only for pools in its domain configuration, and the portal's pool is the application's
 * {@code @DataSourceDefinition} (platform.db.DatabaseMigration). Its pool manager knows every pool; this reads it by
 * reflection (its classes are Payara's, not an API), so a Payara that changes them makes these gauges -1 and logs once,
 * instead of failing.
 */
final class ConnectionPools {

    private static final Logger LOG = Logger.getLogger(ConnectionPools.class.getName());
    private static volatile boolean warned;

    private ConnectionPools() {
    }

    /** Connections in use and free in the pool whose name contains {@code name}; empty when Payara will not say. */
    static Optional<int[]> usedAndFree(String name) {
        try {
            Object locator = Class.forName("org.glassfish.internal.api.Globals").getMethod("getDefaultBaseServiceLocator").invoke(null);
            Class<?> managerType = Class.forName("com.sun.enterprise.resource.pool.PoolManager");
            Method getService = locator.getClass().getMethod("getService", Class.class, Annotation[].class);
            Object manager = getService.invoke(locator, managerType, new Annotation[0]);
            Field table = manager.getClass().getDeclaredField("poolTable");
            table.setAccessible(true);
            for (Map.Entry<?, ?> pool : ((Map<?, ?>) table.get(manager)).entrySet()) {
                if (String.valueOf(pool.getKey()).contains(name)) {
                    Object status = managerType.getMethod("getPoolStatus", pool.getKey().getClass()).invoke(manager, pool.getKey());
                    int used = (Integer) status.getClass().getMethod("getNumConnUsed").invoke(status);
                    int free = (Integer) status.getClass().getMethod("getNumConnFree").invoke(status);
                    return Optional.of(new int[]{used, free});
                }
            }
            return Optional.empty();
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            if (!warned) {
                warned = true;
                LOG.warning("Cannot read the connection pool's figures from Payara (" + e + "); nithet_db_pool_* stay -1");
            }
            return Optional.empty();
        }
    }
}
