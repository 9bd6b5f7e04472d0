package dev.gatehouse.connector;

import java.util.List;
import java.util.Optional;

/** The live backends of this node, by name. */
public interface BackendDirectory {
    /** Every registered backend's link, in name order, whatever its state. */
    List<BackendLink> links();

    Optional<BackendLink> find(String name);

    void addCatalogListener(CatalogListener listener);

    void removeCatalogListener(CatalogListener listener);
}
