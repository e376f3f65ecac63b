package fr.vigie.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;

/**
 * The console over a real store holding a pending export ({@link ConsoleTestStore}), driven through
 * MockMvc with the real security filter chain. Every class so annotated shares one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = ConsoleApplication.class, properties = "spring.main.web-application-type=servlet")
@ContextConfiguration(initializers = ConsoleTestStore.class)
@AutoConfigureMockMvc
@interface ConsoleTest {
}
