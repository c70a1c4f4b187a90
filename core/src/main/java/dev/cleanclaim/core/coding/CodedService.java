package dev.cleanclaim.core.coding;

import dev.cleanclaim.core.catalog.CatalogCode;
import dev.cleanclaim.core.visit.Service;

/** A recorded service and the catalog code it is billed as. */
record CodedService(Service service, CatalogCode entry) {
}
