package org.programmeregistry.adapters.cli;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The subcommands of a command, in the order its help lists them. Used instead of picocli's
 * {@code @Command(subcommands = ...)}, which builds the model of every command of the tree: with
 * {@code modelTransformer = LazySubcommands.class}, a command line builds the model of the command it
 * runs and of the commands on its way only (see {@link LazySubcommands}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@interface Subcommands {

    Class<?>[] value();
}
