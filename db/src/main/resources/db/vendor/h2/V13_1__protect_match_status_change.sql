-- match_status_change is append-only: these triggers refuse UPDATE and DELETE for every user, the
-- schema owner included. The same technique as V11_1__protect_ledger_entry.sql (see there why the
-- trigger is Java source naming only java.* types).

CREATE TRIGGER match_status_change_no_update BEFORE UPDATE ON match_status_change FOR EACH ROW AS $$
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
                throw new SQLException("match_status_change is append-only: a later change is a new row", "45000");
            case "hashCode":
                return System.identityHashCode(proxy);
            case "equals":
                return proxy == args[0];
            case "toString":
                return "match_status_change append-only trigger";
            default:
                return null;
        }
    });
}
$$;

CREATE TRIGGER match_status_change_no_delete BEFORE DELETE ON match_status_change FOR EACH ROW AS $$
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
                throw new SQLException("match_status_change is append-only: a later change is a new row", "45000");
            case "hashCode":
                return System.identityHashCode(proxy);
            case "equals":
                return proxy == args[0];
            case "toString":
                return "match_status_change append-only trigger";
            default:
                return null;
        }
    });
}
$$;
