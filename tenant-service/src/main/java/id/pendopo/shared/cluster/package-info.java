/**
 * What several platform nodes share: in-app events that cross nodes, and claims that make a scheduled job
 * run on one node only. Both ride on Payara's built-in Hazelcast; a node started without Hazelcast falls
 * back to in-process versions and says so in its log.
 */
package id.pendopo.shared.cluster;
