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
import jakarta.ws.rs.core.Response.Status;
import org.elbasar.catalog.api.CategoryInput;
import org.elbasar.catalog.domain.CatalogItem;
import org.elbasar.common.api.ApiException;
import org.elbasar.common.domain.AuditAction;
import org.elbasar.common.service.AuditLog;
import org.elbasar.common.service.Caller;

/** The two-level list of catalogue categories. */
@ApplicationScoped
public class CategoryService {

    private final AuditLog auditLog;

    public CategoryService(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

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

    /** Creates or renames a category; a sub-category's parent must be a top category. */
    @Transactional
    public CategoryRef save(String code, CategoryInput input, Caller caller) {
        if (input.parentCode() != null) {
            Category parent = require(input.parentCode(), "parentCode");
            if (parent.parentCode != null || parent.code.equals(code)) {
                throw ApiException.invalid("parentCode", "validation.category-parent");
            }
        }
        Category category = Category.findById(code);
        if (category == null) {
            category = new Category();
            category.code = code;
        } else if (input.parentCode() != null && Category.count("parentCode", code) > 0) {
            throw ApiException.invalid("parentCode", "validation.category-parent");
        }
        category.parentCode = input.parentCode();
        category.nameFr = input.nameFr().trim();
        category.nameEn = input.nameEn().trim();
        category.position = input.position();
        category.persist();
        auditLog.record(caller.personId(), AuditAction.CATEGORY_SAVED, "category", code, Map.of("nameFr", category.nameFr));
        return new CategoryRef(category.code, category.name(caller.locale()), null);
    }

    /** Deletes a category that no item and no sub-category uses. */
    @Transactional
    public void delete(String code, Caller caller) {
        Category category = Category.findById(code);
        if (category == null) {
            throw ApiException.notFound();
        }
        if (Category.count("parentCode", code) > 0 || CatalogItem.count("category.code", code) > 0) {
            throw new ApiException(Status.CONFLICT, "category-in-use");
        }
        category.delete();
        auditLog.record(caller.personId(), AuditAction.CATEGORY_DELETED, "category", code, Map.of());
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
