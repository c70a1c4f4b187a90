package dev.cleanclaim.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.transaction.TransactionHandler;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

import java.sql.SQLException;

/**
 * An H2 file database's transactions forced to the disk before they are answered. With WRITE_DELAY=0 H2 writes each
 * commit to its file at once, which a killed process cannot lose, but leaves it in the operating system's cache,
 * which a power loss can; CHECKPOINT SYNC makes H2 fsync its file. PostgreSQL does this by itself (synchronous
 * commit, its default). Every other step is the wrapped handler's.
 */
final class SyncedCommits implements TransactionHandler {

    private final TransactionHandler delegate;

    SyncedCommits(TransactionHandler delegate) {
        this.delegate = delegate;
    }

    @Override
    public <R, X extends Exception> R inTransaction(Handle handle, HandleCallback<R, X> callback) throws X {
        boolean outermost = !delegate.isInTransaction(handle);
        R result = delegate.inTransaction(handle, callback);
        if (outermost) {
            sync(handle);
        }
        return result;
    }

    @Override
    public <R, X extends Exception> R inTransaction(Handle handle, TransactionIsolationLevel level,
                                                    HandleCallback<R, X> callback) throws X {
        boolean outermost = !delegate.isInTransaction(handle);
        R result = delegate.inTransaction(handle, level, callback);
        if (outermost) {
            sync(handle);
        }
        return result;
    }

    @Override
    public void commit(Handle handle) {
        delegate.commit(handle);
        sync(handle);
    }

    private static void sync(Handle handle) {
        handle.execute("CHECKPOINT SYNC");
    }

    @Override
    public void begin(Handle handle) {
        delegate.begin(handle);
    }

    @Override
    public void rollback(Handle handle) {
        delegate.rollback(handle);
    }

    @Override
    public boolean isInTransaction(Handle handle) {
        return delegate.isInTransaction(handle);
    }

    @Override
    public void savepoint(Handle handle, String name) {
        delegate.savepoint(handle, name);
    }

    @Override
    public void rollbackToSavepoint(Handle handle, String name) {
        delegate.rollbackToSavepoint(handle, name);
    }

    @Override
    public void releaseSavepoint(Handle handle, String name) {
        delegate.releaseSavepoint(handle, name);
    }

    @Override
    public TransactionHandler specialize(Handle handle) throws SQLException {
        TransactionHandler specialized = delegate.specialize(handle);
        return specialized == delegate ? this : new SyncedCommits(specialized);
    }
}
