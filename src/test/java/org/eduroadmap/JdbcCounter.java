package org.eduroadmap;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts what the application sends to the database, whoever sends it (the ORM or plain JDBC): single
 * statements and JDBC batches. Imported into a test context, it wraps the application's data source.
 */
public class JdbcCounter implements BeanPostProcessor {

    private static final AtomicLong statements = new AtomicLong();
    private static final AtomicLong batches = new AtomicLong();

    public static long statements() {
        return statements.get();
    }

    public static long batches() {
        return batches.get();
    }

    public static void reset() {
        statements.set(0);
        batches.set(0);
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof DataSource dataSource)) {
            return bean;
        }
        return new DelegatingDataSource(dataSource) {
            @Override
            public Connection getConnection() throws SQLException {
                return counting(Connection.class, super.getConnection());
            }
        };
    }

    /** The object behind its interface, its statements counted when they run. */
    private static <T> T counting(Class<T> type, T target) {
        InvocationHandler handler = (proxy, method, arguments) -> {
            Object result = invoke(target, method, arguments);
            String name = method.getName();
            if (result instanceof Statement && (name.startsWith("prepare") || name.equals("createStatement"))) {
                return counting(interfaceOf(result), result);
            }
            if (target instanceof Statement) {
                if (name.equals("executeBatch") || name.equals("executeLargeBatch")) {
                    batches.incrementAndGet();
                } else if (name.startsWith("execute")) {
                    statements.incrementAndGet();
                }
            }
            return result;
        };
        return type.cast(Proxy.newProxyInstance(JdbcCounter.class.getClassLoader(), new Class<?>[]{type}, handler));
    }

    @SuppressWarnings("unchecked")
    private static Class<Object> interfaceOf(Object statement) {
        for (Class<?> type : new Class<?>[]{java.sql.CallableStatement.class, java.sql.PreparedStatement.class}) {
            if (type.isInstance(statement)) {
                return (Class<Object>) type;
            }
        }
        return (Class<Object>) (Class<?>) Statement.class;
    }

    private static Object invoke(Object target, Method method, Object[] arguments) throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
