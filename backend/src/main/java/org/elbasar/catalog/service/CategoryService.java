package org.elbasar.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.elbasar.catalog.api.ItemViews.CategoryRef;
import org.elbasar.catalog.api.ItemViews.CategoryTree;
import org.elbasar.catalog.domain.Category;
import org.elbasar.common.api.ApiException;

/** The two-level list of catalogue categories. */
@ApplicationScoped
public class CategoryService {

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CategoryTree> tree(Locale locale) {
        List<Category> all = Category.list("order by position, code");
        Map<String, List<Category>> children = all.stream().filter(c -> c.parentCode != null)
                .collect(Collectors.groupingBy(c -> c.parentCode));
        return all.stream().filter(c -> c.parentCode == null)
                .map(top -> new CategoryTree(top.code, top.name(locale), children.getOrDefault(top.code, List.of()).stream()
                        .map(child -> new CategoryRef(child.code, child.name(locale), null)).toList()))
                .toList();
    }

    /** The category named by a form field, or a field error. */
    public Category require(String code, String field) {
        Category category = code == null ? null : Category.findById(code);
        if (category == null) {
            throw ApiException.invalid(field, "validation.unknown-category");
        }
        return category;
    }

    /** A category with its parent, for views. */
    public static CategoryRef ref(Category category, Category parent, Locale locale) {
        return new CategoryRef(category.code, category.name(locale),
                parent == null ? null : new CategoryRef(parent.code, parent.name(locale), null));
    }
}
