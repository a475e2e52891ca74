package org.programmeregistry.adapters.persistence.jooq.observed;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * A data source whose every statement is reported to an {@link Observer} just before it runs,
 * with its SQL and bind values, whoever sends it: jOOQ or the adapter's own JDBC. Tests use it
 * to fail the Nth statement; benchmarks, to learn what a use case sends.
 */
public final class ObservedDataSource {

    /** Hears each statement before the database does; throwing fails the statement. */
    @FunctionalInterface
    public interface Observer {
        void beforeExecute(String sql, List<Object> binds) throws SQLException;
    }

    private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate", "executeBatch",
            "executeLargeBatch");

    private ObservedDataSource() {
    }

    /** {@code target} observed; closing the result closes {@code target} when it can be closed. */
    public static DataSource wrap(DataSource target, Observer observer) {
        return (DataSource) Proxy.newProxyInstance(ObservedDataSource.class.getClassLoader(), new Class<?>[] {DataSource.class, AutoCloseable.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close") && method.getParameterCount() == 0) {
                        if (target instanceof AutoCloseable closeable) {
                            closeable.close();
                        }
                        return null;
                    }
                    Object result = invoke(target, method, args);
                    return result instanceof Connection c ? connection(c, observer) : result;
                });
    }

    private static Connection connection(Connection target, Observer observer) {
        return (Connection) Proxy.newProxyInstance(ObservedDataSource.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    if (result instanceof CallableStatement call && method.getName().equals("prepareCall")) {
                        return statement(call, CallableStatement.class, (String) args[0], observer);
                    }
                    if (result instanceof PreparedStatement p && method.getName().startsWith("prepare")) {
                        return statement(p, PreparedStatement.class, (String) args[0], observer);
                    }
                    if (result instanceof Statement s && method.getName().equals("createStatement")) {
                        return statement(s, Statement.class, null, observer);
                    }
                    return result;
                });
    }

    private static Object statement(Statement target, Class<?> type, String preparedSql, Observer observer) {
        TreeMap<Integer, Object> binds = new TreeMap<>();
        InvocationHandler handler = (proxy, method, args) -> {
            String name = method.getName();
            if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer index
                    && method.getDeclaringClass() != Statement.class) {
                binds.put(index, name.equals("setNull") ? null : args[1]);
            } else if (EXECUTIONS.contains(name)) {
                // a plain statement's batch has no single SQL text
                String sql = preparedSql != null ? preparedSql : args != null && args.length > 0 ? (String) args[0] : "(batch)";
                observer.beforeExecute(sql, new ArrayList<>(binds.values()));
            } else if (name.equals("clearParameters")) {
                binds.clear();
            }
            return invoke(target, method, args);
        };
        return Proxy.newProxyInstance(ObservedDataSource.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
