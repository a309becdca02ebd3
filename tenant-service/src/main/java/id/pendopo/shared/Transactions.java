package id.pendopo.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/** Runs a step in a transaction of its own, for multi-step operations that commit as they go. */
@ApplicationScoped
public class Transactions {

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T inNew(Supplier<T> work) {
        return work.get();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void runInNew(Runnable work) {
        work.run();
    }
}
