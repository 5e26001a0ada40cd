package org.eduroadmap.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The data version moves with every insert, update and delete the ORM makes of an entity; a JPQL bulk update or
 * delete goes past it. So every bulk write of a repository may only touch entities that no kept figure is computed
 * from: otherwise the dashboard would go on showing the figures from before it until the next change.
 */
class BulkWritesTest {

    private static final Pattern TARGET = Pattern.compile("^\\s*(?:update|delete\\s+from|delete)\\s+(\\w+)",
            Pattern.CASE_INSENSITIVE);

    @Test
    void bulkWritesTouchOnlyEntitiesOutsideTheKeptFigures() {
        Map<String, Class<?>> entities = scan(new AnnotationTypeFilter(Entity.class)).stream()
                .collect(Collectors.toMap(Class::getSimpleName, Function.identity()));
        List<String> bulkWrites = new ArrayList<>();
        for (Class<?> repository : scan(new AssignableTypeFilter(Repository.class))) {
            for (Method method : repository.getDeclaredMethods()) {
                if (!method.isAnnotationPresent(Modifying.class)) {
                    continue;
                }
                String where = repository.getSimpleName() + "." + method.getName();
                Query query = method.getAnnotation(Query.class);
                assertThat(query).as(where + " writes by a written query").isNotNull();
                assertThat(query.nativeQuery()).as(where + " is JPQL, so its entity can be checked").isFalse();
                Matcher target = TARGET.matcher(query.value());
                assertThat(target.find()).as(where + ": " + query.value()).isTrue();
                Class<?> entity = entities.get(target.group(1));
                assertThat(entity).as(where + " names an entity").isNotNull();
                assertThat(entity.isAnnotationPresent(OutsideKeptFigures.class))
                        .as(where + " writes " + entity.getSimpleName() + " in bulk, which the data version does "
                                + "not see: mark it @OutsideKeptFigures, or write it through the ORM").isTrue();
                bulkWrites.add(where);
            }
        }
        // The scan itself works: the repositories' bulk writes known today are among those checked.
        assertThat(bulkWrites).contains("NotificationRepository.markAllRead", "ApiTokenRepository.markUsed",
                "RequestAttachmentRepository.deleteAttachment");
    }

    private static List<Class<?>> scan(org.springframework.core.type.filter.TypeFilter filter) {
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isIndependent();
            }
        };
        scanner.addIncludeFilter(filter);
        List<Class<?>> found = new ArrayList<>();
        for (BeanDefinition definition : scanner.findCandidateComponents("org.eduroadmap")) {
            try {
                found.add(Class.forName(definition.getBeanClassName()));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return found;
    }
}
