-- ledger_entry is append-only: these triggers refuse UPDATE and DELETE for every user, the schema
-- owner included. (TRUNCATE fires no trigger on H2; the balance tables' foreign keys to
-- ledger_entry (last_entry_id) make H2 refuse it: "Cannot truncate" while referential integrity
-- is on.)
--
-- The same technique as V7_1__protect_audit_entry.sql, for the same reasons: H2 runs a trigger as
-- Java, and the database opens in Payara's server class loader, which sees neither our classes
-- nor, from the loader H2 compiles source triggers in, h2.jar. So the trigger is source naming
-- only java.* types; it finds H2's class loader from its caller (an org.h2 class on the stack)
-- and returns a dynamic proxy of org.h2.api.Trigger whose fire(...) throws.

CREATE TRIGGER ledger_entry_no_update BEFORE UPDATE ON ledger_entry FOR EACH ROW AS $$
Object create() throws Exception {
    Class<?> h2 = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
        .walk(frames -> frames.map(StackWalker.StackFrame::getDeclaringClass)
            .filter(c -> c.getName().startsWith("org.h2.") && !c.getName().startsWith("org.h2.dynamic."))
            .findFirst())
        .orElseThrow(() -> new IllegalStateException("No H2 class calls this trigger factory"));
    ClassLoader loader = h2.getClassLoader();
    Class<?> trigger = Class.forName("org.h2.api.Trigger", false, loader);
    return java.lang.reflect.Proxy.newProxyInstance(loader, new Class<?>[] {trigger}, (proxy, method, args) -> {
        switch (method.getName()) {
            case "fire":
                throw new SQLException("ledger_entry is append-only: a correction is a new entry", "45000");
            case "hashCode":
                return System.identityHashCode(proxy);
            case "equals":
                return proxy == args[0];
            case "toString":
                return "ledger_entry append-only trigger";
            default:
                return null;
        }
    });
}
$$;

CREATE TRIGGER ledger_entry_no_delete BEFORE DELETE ON ledger_entry FOR EACH ROW AS $$
Object create() throws Exception {
    Class<?> h2 = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
        .walk(frames -> frames.map(StackWalker.StackFrame::getDeclaringClass)
            .filter(c -> c.getName().startsWith("org.h2.") && !c.getName().startsWith("org.h2.dynamic."))
            .findFirst())
        .orElseThrow(() -> new IllegalStateException("No H2 class calls this trigger factory"));
    ClassLoader loader = h2.getClassLoader();
    Class<?> trigger = Class.forName("org.h2.api.Trigger", false, loader);
    return java.lang.reflect.Proxy.newProxyInstance(loader, new Class<?>[] {trigger}, (proxy, method, args) -> {
        switch (method.getName()) {
            case "fire":
                throw new SQLException("ledger_entry is append-only: a correction is a new entry", "45000");
            case "hashCode":
                return System.identityHashCode(proxy);
            case "equals":
                return proxy == args[0];
            case "toString":
                return "ledger_entry append-only trigger";
            default:
                return null;
        }
    });
}
$$;
