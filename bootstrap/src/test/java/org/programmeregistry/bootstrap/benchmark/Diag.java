package org.programmeregistry.bootstrap.benchmark;

import java.util.*;
import org.jooq.*;
import org.programmeregistry.adapters.persistence.jooq.JooqPersistence;
import org.programmeregistry.application.fixtures.TestRegistry;
import org.programmeregistry.application.port.in.programme.AddBeneficiaryUseCase;

public class Diag {
    public static void main(String[] a) throws Exception {
        try (BenchDatabase db = BenchDatabase.create(BenchDatabase.Kind.valueOf(System.getProperty("bench.db", "POSTGRES")), "diag", 4)) {
            Corpus.loadOrganisations(db);
            Corpus.load(db, Corpus::poolProgramme, 0, 40000);
            Map<String, long[]> times = new TreeMap<>();
            ThreadLocal<long[]> t0 = new ThreadLocal<>();
            ExecuteListener timing = new ExecuteListener() {
                public void prepareStart(ExecuteContext ctx) { t0.set(new long[]{System.nanoTime()}); }
                public void end(ExecuteContext ctx) {
                    long d = System.nanoTime() - t0.get()[0];
                    String s = ctx.sql(); s = s.substring(0, Math.min(60, s.length()));
                    times.computeIfAbsent(s, k -> new long[2]); times.get(s)[0] += d; times.get(s)[1]++;
                }
            };
            JooqPersistence timed = new JooqPersistence(db.dataSource, db.persistence.dialect(), List.of(() -> timing));
            TestRegistry plain = TestRegistry.over(db.ports(db.persistence));
            TestRegistry reg = TestRegistry.over(db.ports(timed));
            String capId = Corpus.poolId(39999);
            var captured = db.capture.during(() -> TestRegistry.over(db.ports(db.capturing)).programmes().addBeneficiary(new AddBeneficiaryUseCase.Command("b", capId, "RS")));
            JdbcFloor floor = new JdbcFloor(captured, capId);
            int i = 0;
            for (int round = 0; round < Integer.getInteger("rounds", 12); round++) {
                times.clear();
                long s = System.nanoTime();
                for (int k = 0; k < 1000; k++) reg.programmes().addBeneficiary(new AddBeneficiaryUseCase.Command("b", Corpus.poolId(i++), "RS"));
                long uc = System.nanoTime() - s;
                s = System.nanoTime();
                for (int k = 0; k < 1000; k++) plain.programmes().addBeneficiary(new AddBeneficiaryUseCase.Command("b", Corpus.poolId(i++), "RS"));
                long ucp = System.nanoTime() - s;
                s = System.nanoTime();
                for (int k = 0; k < 1000; k++) floor.run(db.dataSource, Corpus.poolId(i++));
                long fl = System.nanoTime() - s;
                System.out.printf("round %d: use case (timed) %.3f ms/op, use case (plain) %.3f ms/op, floor %.3f ms/op%n", round, uc / 1e6 / 1000, ucp / 1e6 / 1000, fl / 1e6 / 1000);
                long sum = 0;
                for (var e : times.entrySet()) { System.out.printf("   %.3f ms  %s%n", e.getValue()[0] / 1e6 / e.getValue()[1], e.getKey()); sum += e.getValue()[0]; }
                System.out.printf("   total in statements %.3f ms/op%n", sum / 1e6 / 1000);
            }
            if (Boolean.getBoolean("profile")) {
                db.execute("delete from programme_beneficiary where territory = 'RS'", "delete from audit_entry");
                if (db.kind == BenchDatabase.Kind.POSTGRES) db.execute("vacuum analyze");
                System.out.println("PROFILE-START");
                long end = System.nanoTime() + 25_000_000_000L; int n = 0; i = 0;
                Thread.currentThread().setName("caller-profile");
                long s = System.nanoTime();
                while (System.nanoTime() < end && i < 40000) { plain.programmes().addBeneficiary(new AddBeneficiaryUseCase.Command("b", Corpus.poolId(i++), "RS")); n++; }
                System.out.printf("PROFILE-END %d ops %.3f ms/op%n", n, (System.nanoTime() - s) / 1e6 / n);
            }
        }
    }
}
