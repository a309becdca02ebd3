package id.pendopo.testing;

import id.pendopo.shared.Transactions;
import jakarta.persistence.EntityManager;
import java.util.function.Supplier;

/** {@link Transactions} on one resource-local EntityManager: each step commits or rolls back, then the context is cleared. */
public final class LocalTransactions extends Transactions {

    private final EntityManager em;

    public LocalTransactions(EntityManager em) {
        this.em = em;
    }

    @Override
    public <T> T inNew(Supplier<T> work) {
        em.getTransaction().begin();
        try {
            T result = work.get();
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.clear();
        }
    }

    @Override
    public void runInNew(Runnable work) {
        inNew(() -> {
            work.run();
            return null;
        });
    }
}
