-- audit_entry is append-only: these triggers refuse UPDATE and DELETE for every user, the schema
-- owner included. (TRUNCATE fires no trigger on H2; audit_chain_head's foreign key to audit_entry
-- makes H2 refuse it: "Cannot truncate" while referential integrity is on.)
--
-- H2 runs a trigger as Java. The trigger cannot name a class of ours (the database opens in
-- Payara's server class loader, which does not see the application), so it is given as source
-- that H2 compiles itself. That source names only java.* types, because H2 compiles it against
-- the JVM's class path and defines it in a loader whose parent is the system class loader: in
-- Payara h2.jar is on neither, so "org.h2.api.Trigger" in the source would fail to compile
-- there. The method finds H2's own class loader from its caller (an org.h2 class on the stack)
-- and returns a dynamic proxy of org.h2.api.Trigger whose fire(...) throws.

CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry FOR EACH ROW AS $$
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
                throw new SQLException("audit_entry is append-only: a correction is a new entry", "45000");
            case "hashCode":
                return System.identityHashCode(proxy);
            case "equals":
                return proxy == args[0];
            case "toString":
                return "audit_entry append-only trigger";
            default:
                return null;
        }
    });
}
$$;

CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry FOR EACH ROW AS $$
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
                throw new SQLException("audit_entry is append-only: a correction is a new entry", "45000");
            case "hashCode":
                return System.identityHashCode(proxy);
            case "equals":
                return proxy == args[0];
            case "toString":
                return "audit_entry append-only trigger";
            default:
                return null;
        }
    });
}
$$;
